using Microsoft.EntityFrameworkCore;
using MipgTeams.Store;

namespace MipgTeams.Indicators.Queries;

/// <summary>
/// Questions of the period counted in SQL by quarter; the most repeated unanswered ones grouped on their lower-case text.
/// Questions are not tied to a process (an unanswered one has no document), so the process filters do not apply.
/// </summary>
internal static class QuestionsQuery
{
    public const int TopTopics = 10;

    public static async Task<Questions> RunAsync(MipgDbContext db, IndicatorFilter filter, CancellationToken cancellationToken)
    {
        var b = PeriodBounds.Of(filter);
        var asked = db.Questions.AsNoTracking().Where(q => q.AskedAt >= b.Start && q.AskedAt < b.End);
        var counts = await asked
            .GroupBy(q => q.AskedAt < b.Q2 ? 1 : q.AskedAt < b.Q3 ? 2 : q.AskedAt < b.Q4 ? 3 : 4)
            .Select(g => new
            {
                Quarter = g.Key,
                Asked = g.Count(),
                Answered = g.Count(q => q.Answered),
                Helpful = g.Count(q => q.Helpful == true),
                Unhelpful = g.Count(q => q.Helpful == false),
                Sent = g.Count(q => q.SentToQualityTeam),
            })
            .ToListAsync(cancellationToken);
        // ToLower() is translated to SQL lower() (the database's rules, not the process culture); its culture-taking overloads are not translated.
#pragma warning disable CA1304, CA1311
        var topics = await asked.Where(q => !q.Answered)
            .GroupBy(q => q.Question.Trim().ToLower())
#pragma warning restore CA1304, CA1311
            .Select(g => new { Question = g.Key, Count = g.Count() })
            .OrderByDescending(t => t.Count).ThenBy(t => t.Question)
            .Take(TopTopics)
            .ToListAsync(cancellationToken);
        var quarters = filter.Quarters.Select(q => counts.FirstOrDefault(c => c.Quarter == q) is { } c
            ? new QuestionCounts(filter.Year, q, c.Asked, c.Answered, c.Helpful, c.Unhelpful, c.Sent)
            : new QuestionCounts(filter.Year, q, 0, 0, 0, 0, 0)).ToList();
        return new Questions(quarters, topics.Select(t => new QuestionTopic(t.Question, t.Count)).ToList());
    }
}
