using System.Globalization;

namespace MipgTeams.Domain.Time;

/// <summary>
/// Time as the Alcaldía lives it: America/Bogota. The one place that knows the zone; the business calendar, the reminders,
/// the committee report and every time shown to staff go through it. The store keeps UTC instants.
/// </summary>
public static class BogotaTime
{
    /// <summary>America/Bogota from the system's tz database (ICU/tzdata); Colombia keeps UTC−5 all year.</summary>
    public static readonly TimeZoneInfo Zone = FindZone();

    /// <summary>The Bogotá date of <paramref name="instant"/>.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(Local(instant).DateTime);

    /// <summary>Today in Bogotá, by <paramref name="time"/>.</summary>
    public static DateOnly Today(TimeProvider time) => DateOf(time.GetUtcNow());

    /// <summary><paramref name="instant"/> with Bogotá's offset.</summary>
    public static DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>The instant <paramref name="time"/> happens on <paramref name="date"/> in Bogotá.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    /// <summary>The first instant of a Bogotá day, in UTC.</summary>
    public static DateTimeOffset StartOf(DateOnly day) => At(day, TimeOnly.MinValue).ToUniversalTime();

    /// <summary>An instant as staff read it: day/month/year and 24-hour time, in Bogotá.</summary>
    public static string Format(DateTimeOffset instant) => Local(instant).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("America/Bogota");
        }
        catch (TimeZoneNotFoundException)
        {
            // Without a tz database (e.g. a trimmed container), the fixed offset is exact: no daylight saving since 1993.
            return TimeZoneInfo.CreateCustomTimeZone("America/Bogota", TimeSpan.FromHours(-5), "America/Bogota", "COT");
        }
    }
}
