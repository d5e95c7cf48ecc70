using MipgTeams.Domain.Time;

namespace MipgTeams.Domain.Reminders;

/// <summary>
/// Business days of the Alcaldía: Monday to Friday in America/Bogota, Colombian public holidays excluded. Dates are
/// local Bogotá dates; <see cref="BogotaTime.DateOf"/> converts an instant.
/// </summary>
public static class BusinessCalendar
{
    public static bool IsBusinessDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !ColombianHolidays.IsHoliday(date);

    /// <summary>The first business day strictly after <paramref name="date"/>.</summary>
    public static DateOnly NextBusinessDay(DateOnly date)
    {
        var next = date.AddDays(1);
        while (!IsBusinessDay(next))
        {
            next = next.AddDays(1);
        }
        return next;
    }

    /// <summary><paramref name="days"/> business days after <paramref name="date"/> (zero returns the date itself).</summary>
    public static DateOnly AddBusinessDays(DateOnly date, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        for (var i = 0; i < days; i++)
        {
            date = NextBusinessDay(date);
        }
        return date;
    }

    /// <summary>
    /// How many business days lie after <paramref name="from"/> up to and including <paramref name="to"/>: the age of
    /// something that arrived on <paramref name="from"/>, seen on <paramref name="to"/>. Zero when to ≤ from. Arithmetic on
    /// weeks plus the few holidays of each year touched, so it costs the same for a day or a decade.
    /// </summary>
    public static int BusinessDaysBetween(DateOnly from, DateOnly to)
    {
        if (to <= from)
        {
            return 0;
        }
        var count = WeekdaysBefore(to.DayNumber + 1) - WeekdaysBefore(from.DayNumber + 1);
        for (var year = from.Year; year <= to.Year; year++)
        {
            foreach (var holiday in ColombianHolidays.Sorted(year))
            {
                if (holiday > from && holiday <= to && holiday.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                {
                    count--;
                }
            }
        }
        return count;
    }

    // Day number 0 (1 January 0001) was a Monday, so weekdays in [0, n) follow from whole weeks plus the remainder.
    private static int WeekdaysBefore(int dayNumber) => (dayNumber / 7 * 5) + Math.Min(dayNumber % 7, 5);
}
