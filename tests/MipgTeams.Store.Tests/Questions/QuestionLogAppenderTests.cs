using Microsoft.EntityFrameworkCore;
using MipgTeams.Store.Questions;
using MipgTeams.TestSupport;

namespace MipgTeams.Store.Tests.Questions;

/// <summary>Questions appended in bulk read back exactly as EF wrote them: the indicators count and filter them alike.</summary>
public abstract class QuestionLogAppenderTests(StoreProvider provider) : StoreTests(provider)
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 13, 15, 42, 123, TimeSpan.Zero);

    [Fact]
    public async Task Appended_questions_read_back_with_every_value_as_written_and_filter_by_time_like_the_others()
    {
        var appended = new List<QuestionLog>
        {
            new() { Id = Guid.CreateVersion7(Monday), AskedAt = Monday, Question = "¿Cuál es el plazo para responder un derecho de petición?", Answered = true, TopDocumentCode = "GLEGN02-P001", UserAadObjectId = "aaaaaaaa-0000-0000-0000-000000000001", UserName = "Ana Pérez" },
            new() { Id = Guid.CreateVersion7(Monday.AddDays(1)), AskedAt = Monday.AddDays(1), Question = "xylofono cuántico", Answered = false, Helpful = false, SentToQualityTeam = true },
        };
        await using (var db = Store.CreateDbContext())
        {
            db.Questions.Add(new QuestionLog { Id = Guid.CreateVersion7(Monday.AddDays(-1)), AskedAt = Monday.AddDays(-1), Question = "escrita por EF", Answered = true, Helpful = true });
            await db.SaveChangesAsync();
            await db.AppendQuestionsAsync(appended, CancellationToken.None);
        }

        await using var read = Store.CreateDbContext();
        var stored = await read.Questions.AsNoTracking().OrderBy(q => q.AskedAt).ToListAsync();
        Assert.Equal(3, stored.Count);
        Assert.Equivalent(appended, stored.Skip(1).ToList(), strict: true);
        Assert.Equal(2, await read.Questions.CountAsync(q => q.AskedAt >= Monday.AddDays(-1) && q.AskedAt < Monday.AddDays(1)));
        Assert.Equal(appended[0].Id, (await read.Questions.SingleAsync(q => q.Id == appended[0].Id)).Id);
    }

    [Fact]
    public async Task A_batch_of_a_thousand_questions_is_appended_whole()
    {
        var many = Enumerable.Range(0, 1_201).Select(i => new QuestionLog
        {
            Id = Guid.CreateVersion7(Monday.AddSeconds(i)), AskedAt = Monday.AddSeconds(i), Question = $"pregunta {i}", Answered = i % 3 != 0,
        }).ToList();

        await using (var db = Store.CreateDbContext())
        {
            await db.AppendQuestionsAsync(many, CancellationToken.None);
        }

        await using var read = Store.CreateDbContext();
        Assert.Equal(1_201, await read.Questions.CountAsync());
        Assert.Equal(401, await read.Questions.CountAsync(q => !q.Answered)); // 0, 3, …, 1,200
    }
}

public sealed class SqliteQuestionLogAppenderTests() : QuestionLogAppenderTests(StoreProvider.Sqlite);

public sealed class PostgresQuestionLogAppenderTests() : QuestionLogAppenderTests(StoreProvider.PostgreSql);
