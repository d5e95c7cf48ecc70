using MipgTeams.Domain.Reminders;
using MipgTeams.Domain.Time;

namespace MipgTeams.Domain.Tests.Reminders;

public sealed class BusinessCalendarTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Theory]
    [InlineData(2019, 4, 21)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)]
    [InlineData(2285, 3, 22)]
    public void Easter_falls_on_the_known_sunday(int year, int month, int day)
    {
        Assert.Equal(D(year, month, day), ColombianHolidays.Easter(year));
    }

    [Fact]
    public void Holidays_of_2025_are_the_official_list_with_san_pedro_and_sagrado_corazon_sharing_june_30()
    {
        DateOnly[] expected =
        [
            D(2025, 1, 1), D(2025, 1, 6), D(2025, 3, 24), D(2025, 4, 17), D(2025, 4, 18), D(2025, 5, 1), D(2025, 6, 2),
            D(2025, 6, 23), D(2025, 6, 30), D(2025, 7, 20), D(2025, 8, 7), D(2025, 8, 18), D(2025, 10, 13), D(2025, 11, 3),
            D(2025, 11, 17), D(2025, 12, 8), D(2025, 12, 25),
        ];
        Assert.Equal(expected, ColombianHolidays.Of(2025));
    }

    [Fact]
    public void Holidays_of_2026_are_the_official_list()
    {
        DateOnly[] expected =
        [
            D(2026, 1, 1), D(2026, 1, 12), D(2026, 3, 23), D(2026, 4, 2), D(2026, 4, 3), D(2026, 5, 1), D(2026, 5, 18),
            D(2026, 6, 8), D(2026, 6, 15), D(2026, 6, 29), D(2026, 7, 20), D(2026, 8, 7), D(2026, 8, 17), D(2026, 10, 12),
            D(2026, 11, 2), D(2026, 11, 16), D(2026, 12, 8), D(2026, 12, 25),
        ];
        Assert.Equal(expected, ColombianHolidays.Of(2026));
    }

    [Fact]
    public void Moved_holidays_always_land_on_a_monday_in_any_year()
    {
        for (var year = 1984; year <= 2100; year++)
        {
            var easter = ColombianHolidays.Easter(year);
            Assert.Equal(DayOfWeek.Sunday, easter.DayOfWeek);
            foreach (var holiday in ColombianHolidays.Of(year))
            {
                var isFixed = (holiday.Month, holiday.Day) is (1, 1) or (5, 1) or (7, 20) or (8, 7) or (12, 8) or (12, 25);
                var isHolyWeek = holiday == easter.AddDays(-3) || holiday == easter.AddDays(-2);
                Assert.True(isFixed || isHolyWeek || holiday.DayOfWeek == DayOfWeek.Monday, $"{holiday} in {year}");
            }
        }
    }

    [Theory]
    [InlineData(2025, 12, 24, 1, 2025, 12, 26)] // Christmas skipped
    [InlineData(2025, 12, 24, 3, 2025, 12, 30)]
    [InlineData(2025, 12, 31, 1, 2026, 1, 2)] // New Year skipped across the year end
    [InlineData(2026, 1, 9, 1, 2026, 1, 13)] // weekend and Reyes (moved to Monday 12) skipped
    [InlineData(2026, 4, 1, 1, 2026, 4, 6)] // Jueves and Viernes Santo, then the weekend
    [InlineData(2026, 3, 20, 0, 2026, 3, 20)]
    public void Adding_business_days_skips_weekends_and_holidays(int y, int m, int d, int days, int ey, int em, int ed)
    {
        Assert.Equal(D(ey, em, ed), BusinessCalendar.AddBusinessDays(D(y, m, d), days));
    }

    [Fact]
    public void Age_across_the_year_end_counts_only_business_days()
    {
        // Dec 26, 29, 30, 31, Jan 2, 5, 6, 7, 8, 9, 13 (Jan 1 and the Monday of Reyes are holidays).
        Assert.Equal(11, BusinessCalendar.BusinessDaysBetween(D(2025, 12, 24), D(2026, 1, 13)));
        Assert.Equal(0, BusinessCalendar.BusinessDaysBetween(D(2026, 1, 13), D(2026, 1, 13)));
        Assert.Equal(0, BusinessCalendar.BusinessDaysBetween(D(2026, 1, 13), D(2026, 1, 1)));
    }

    [Fact]
    public void Age_matches_counting_day_by_day_over_a_decade()
    {
        var random = new Random(7);
        for (var i = 0; i < 2000; i++)
        {
            var from = D(2020, 1, 1).AddDays(random.Next(0, 3650));
            var to = from.AddDays(random.Next(0, 800));
            var naive = 0;
            for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
            {
                naive += BusinessCalendar.IsBusinessDay(day) ? 1 : 0;
            }
            Assert.Equal(naive, BusinessCalendar.BusinessDaysBetween(from, to));
        }
    }

    [Fact]
    public void Weekends_and_holidays_are_not_business_days()
    {
        Assert.False(BusinessCalendar.IsBusinessDay(D(2026, 11, 28))); // Saturday
        Assert.False(BusinessCalendar.IsBusinessDay(D(2026, 11, 16))); // Independencia de Cartagena, moved
        Assert.True(BusinessCalendar.IsBusinessDay(D(2026, 11, 11))); // the original date is worked
        Assert.True(BusinessCalendar.IsBusinessDay(D(2026, 11, 25)));
    }

    [Fact]
    public void Bogota_dates_follow_utc_minus_five()
    {
        Assert.Equal(D(2026, 11, 24), BogotaTime.DateOf(new DateTimeOffset(2026, 11, 25, 4, 59, 0, TimeSpan.Zero)));
        Assert.Equal(D(2026, 11, 25), BogotaTime.DateOf(new DateTimeOffset(2026, 11, 25, 5, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 13, 0, 0, TimeSpan.Zero), BogotaTime.At(D(2026, 11, 25), new TimeOnly(8, 0)).ToUniversalTime());
    }
}
