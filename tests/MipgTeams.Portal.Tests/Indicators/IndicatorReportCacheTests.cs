using Microsoft.Extensions.Time.Testing;
using MipgTeams.Domain.Settings;
using MipgTeams.Indicators;
using MipgTeams.Portal.Indicators;
using MipgTeams.TestSupport;

namespace MipgTeams.Portal.Tests.Indicators;

/// <summary>A filter's report is computed once per five minutes, then again with what changed.</summary>
public sealed class IndicatorReportCacheTests
{
    [Fact]
    public async Task A_report_is_reused_for_five_minutes_and_then_computed_again()
    {
        await using var store = await TestStore.CreateAsync(StoreProvider.Sqlite);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 15, 0, 0, TimeSpan.Zero));
        using var cache = new IndicatorReportCache(new IndicatorQueries(store.Factory, time), time);
        var filter = new IndicatorFilter(2026);

        var first = await cache.LoadAsync(filter, default);
        await using (var db = store.CreateDbContext())
        {
            db.Settings.Add(new AppSetting { Key = MipgTeams.Domain.Reminders.ReminderSettings.LeaderDeadlineKey, Value = "9" });
            await db.SaveChangesAsync();
        }
        time.Advance(TimeSpan.FromMinutes(4));
        var again = await cache.LoadAsync(filter, default);
        time.Advance(TimeSpan.FromMinutes(2));
        var later = await cache.LoadAsync(filter, default);

        Assert.Same(first, again);
        Assert.NotSame(first, later);
        Assert.Equal(9, later.CycleTimes[0].DeadlineDays);
        Assert.NotSame(first, await cache.LoadAsync(filter with { Quarter = 4 }, default));
    }
}
