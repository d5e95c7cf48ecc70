using Microsoft.EntityFrameworkCore;
using MipgTeams.Domain.Reminders;
using MipgTeams.Domain.Time;
using MipgTeams.Indicators.Queries;
using MipgTeams.Store;

namespace MipgTeams.Indicators;

/// <summary>
/// Computes the indicators from the store. Every count is aggregated in SQL (GROUP BY with CASE on quarter boundaries, on
/// SQLite and PostgreSQL alike); only cycle times bring one pair of instants per decision of the period, and the waiting
/// table its oldest rows. Deadlines and the review period are the Configuración's, as the reminders read them.
/// </summary>
public sealed class IndicatorQueries(IDbContextFactory<MipgDbContext> factory, TimeProvider time)
{
    public async Task<IndicatorReport> LoadAsync(IndicatorFilter filter, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var settings = ReminderSettings.From(await db.Settings.AsNoTracking().ToListAsync(cancellationToken));
        var modified = await ProcessesModifiedQuery.RunAsync(db, filter, cancellationToken);
        var requests = await RequestCountsQuery.RunAsync(db, filter, cancellationToken);
        var cycles = await CycleTimeQuery.RunAsync(db, filter, settings, cancellationToken);
        var waiting = await WaitingNowQuery.RunAsync(db, filter, settings, now, cancellationToken);
        var review = await ReviewDueQuery.RunAsync(db, filter, settings, BogotaTime.DateOf(now), cancellationToken);
        var questions = await QuestionsQuery.RunAsync(db, filter, cancellationToken);
        var socialization = await SocializationQuery.RunAsync(db, filter, cancellationToken);
        return new IndicatorReport(filter, now, modified, requests, cycles, waiting, review, questions, socialization);
    }

    /// <summary>The year to show when none is asked for: the current one in Bogotá.</summary>
    public int CurrentYear => BogotaTime.Today(time).Year;
}
