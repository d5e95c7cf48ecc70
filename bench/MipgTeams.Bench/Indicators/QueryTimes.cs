using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using MipgTeams.Domain.Reminders;
using MipgTeams.Domain.Time;
using MipgTeams.Indicators;
using MipgTeams.Indicators.Queries;
using MipgTeams.Store;

namespace MipgTeams.Bench.Indicators;

/// <summary>Where a page's time goes: each indicator's query alone, median of 5, after one warm-up.</summary>
internal static class QueryTimes
{
    public static async Task PrintAsync(IDbContextFactory<MipgDbContext> factory, IndicatorFilter filter)
    {
        var settings = new ReminderSettings();
        var now = IndicatorWorkload.Now;
        Console.WriteLine($"queries alone, {filter.Year}{(filter.Process is null ? "" : $" proceso {filter.Process}")}:");
        await TimeAsync("processes modified", db => ProcessesModifiedQuery.RunAsync(db, filter, default));
        await TimeAsync("request counts", db => RequestCountsQuery.RunAsync(db, filter, default));
        await TimeAsync("cycle times", db => CycleTimeQuery.RunAsync(db, filter, settings, default));
        await TimeAsync("waiting now", db => WaitingNowQuery.RunAsync(db, filter, settings, now, default));
        await TimeAsync("review due", db => ReviewDueQuery.RunAsync(db, filter, settings, BogotaTime.DateOf(now), default));
        await TimeAsync("questions", db => QuestionsQuery.RunAsync(db, filter, default));
        await TimeAsync("socialization", db => SocializationQuery.RunAsync(db, filter, default));

        async Task TimeAsync<T>(string name, Func<MipgDbContext, Task<T>> run)
        {
            var times = new List<double>();
            for (var i = 0; i < 6; i++)
            {
                await using var db = await factory.CreateDbContextAsync();
                var watch = Stopwatch.StartNew();
                await run(db);
                if (i > 0)
                {
                    times.Add(watch.Elapsed.TotalMilliseconds);
                }
            }
            Console.WriteLine($"  {name}: median {Percentiles.Of(times, 50):F1} ms");
        }
    }
}
