using System.Collections.Concurrent;

namespace MipgTeams.Domain.Reminders;

/// <summary>
/// Colombian public holidays for any Gregorian year (Ley 51 de 1983, "Ley Emiliani"): six fixed dates, seven dates moved
/// to the following Monday, Holy Thursday and Good Friday, and three Easter-based feasts moved to Monday.
/// </summary>
public static class ColombianHolidays
{
    private static readonly (int Month, int Day)[] Fixed = [(1, 1), (5, 1), (7, 20), (8, 7), (12, 8), (12, 25)];
    private static readonly (int Month, int Day)[] MovedToMonday = [(1, 6), (3, 19), (6, 29), (8, 15), (10, 12), (11, 1), (11, 11)];
    private static readonly ConcurrentDictionary<int, DateOnly[]> Cache = new();

    /// <summary>The distinct holiday dates of <paramref name="year"/>, in order (two feasts may share a Monday).</summary>
    public static IReadOnlyList<DateOnly> Of(int year) => Sorted(year);

    public static bool IsHoliday(DateOnly date) => Array.BinarySearch(Sorted(date.Year), date) >= 0;

    /// <summary>Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).</summary>
    public static DateOnly Easter(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    internal static DateOnly[] Sorted(int year) => Cache.GetOrAdd(year, Compute);

    private static DateOnly[] Compute(int year)
    {
        var days = new SortedSet<DateOnly>();
        foreach (var (month, day) in Fixed)
        {
            days.Add(new DateOnly(year, month, day));
        }
        foreach (var (month, day) in MovedToMonday)
        {
            days.Add(NextMonday(new DateOnly(year, month, day)));
        }
        var easter = Easter(year);
        days.Add(easter.AddDays(-3)); // Jueves Santo
        days.Add(easter.AddDays(-2)); // Viernes Santo
        days.Add(easter.AddDays(43)); // Ascensión (Thursday +39) on Monday
        days.Add(easter.AddDays(64)); // Corpus Christi (Thursday +60) on Monday
        days.Add(easter.AddDays(71)); // Sagrado Corazón (Friday +68) on Monday
        return [.. days];
    }

    private static DateOnly NextMonday(DateOnly date) => date.AddDays(((int)DayOfWeek.Monday - (int)date.DayOfWeek + 7) % 7);
}
