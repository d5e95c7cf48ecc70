using MipgTeams.Bot.Answers;
using MipgTeams.Store;
using MipgTeams.Store.Questions;

namespace MipgTeams.Bot.Tests.Answers;

/// <summary>Asked questions reach the office's indicators in shared writes, a batch window after they are asked.</summary>
public sealed class QuestionRecorderTests
{
    [Fact]
    public async Task Questions_asked_within_one_window_are_written_together_after_it_and_nothing_before()
    {
        await using var store = await TestStore.CreateAsync(StoreProvider.Sqlite);
        var writes = new CountingFactory(store.Factory);
        var time = new TimerWatchingTimeProvider();
        using var recorder = new QuestionRecorder(writes, time, NullLogger<QuestionRecorder>.Instance);
        await recorder.StartAsync(CancellationToken.None);

        recorder.Record(Question(0));
        await time.TimerStartedAsync(QuestionRecorder.BatchWindow);
        for (var i = 1; i < 50; i++)
        {
            recorder.Record(Question(i));
        }
        var beforeTheWindowEnds = await StoredCount(store);
        time.Advance(QuestionRecorder.BatchWindow);
        await recorder.StopAsync(CancellationToken.None);

        Assert.Equal(0, beforeTheWindowEnds);
        Assert.Equal(50, await StoredCount(store));
        Assert.Equal(1, writes.Created);
    }

    private static QuestionLog Question(int i) =>
        new() { Id = Guid.NewGuid(), AskedAt = DateTimeOffset.UnixEpoch, Question = $"pregunta {i}", Answered = true };

    private static async Task<int> StoredCount(TestStore store)
    {
        await using var db = store.CreateDbContext();
        return await db.Questions.CountAsync();
    }

    private sealed class CountingFactory(IDbContextFactory<MipgDbContext> inner) : IDbContextFactory<MipgDbContext>
    {
        private int created;

        public int Created => created;

        public MipgDbContext CreateDbContext()
        {
            Interlocked.Increment(ref created);
            return inner.CreateDbContext();
        }
    }
}
