using System.Threading.Channels;
using MipgTeams.Store;
using MipgTeams.Store.Questions;

namespace MipgTeams.Bot.Answers;

/// <summary>
/// Writes asked questions to the store in batches, in the background. A question still queued when the process dies is
/// lost — it is a statistic, not a request — which is the price of never making a person wait on a write.
/// </summary>
public sealed class QuestionRecorder(IDbContextFactory<MipgDbContext> dbFactory, TimeProvider time, ILogger<QuestionRecorder> logger) : BackgroundService
{
    private const int MaxBatch = 500;

    /// <summary>
    /// How long the first queued question waits for others to share its write. A write's fixed cost (a context, a
    /// connection, a transaction) is most of the cost of a few rows: at thousands of questions a second, writing whatever
    /// had queued meant hundreds of tiny writes a second competing with the answers for the CPU.
    /// </summary>
    internal static readonly TimeSpan BatchWindow = TimeSpan.FromMilliseconds(500);
    private readonly Channel<QuestionLog> queue = Channel.CreateBounded<QuestionLog>(new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest });
    private readonly SemaphoreSlim writing = new(1, 1);

    public void Record(QuestionLog question) => queue.Writer.TryWrite(question);

    /// <summary>Drops whatever is queued and not yet written (the warm-up's questions, before the host serves).</summary>
    public void DiscardQueued()
    {
        while (queue.Reader.TryRead(out _))
        {
        }
    }

    /// <summary>Writes whatever is queued now (feedback on a question must find it; tests call it too).</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await writing.WaitAsync(cancellationToken);
        try
        {
            var batch = new List<QuestionLog>();
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var question))
            {
                batch.Add(question);
            }
            if (batch.Count == 0)
            {
                return;
            }
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            await db.AppendQuestionsAsync(batch, cancellationToken);
        }
        finally
        {
            writing.Release();
        }
    }

    /// <summary>
    /// Saves one question inside a transaction that is rolled back (nothing stays), so the first batch after start-up
    /// does not compile the store's insert path while the first people to write wait for their answers.
    /// </summary>
    public async Task WarmUpAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.AppendQuestionsAsync([new QuestionLog { Id = Guid.NewGuid(), Question = "warm-up", AskedAt = DateTimeOffset.UnixEpoch }], cancellationToken);
        await transaction.RollbackAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await queue.Reader.WaitToReadAsync(stoppingToken))
            {
                if (queue.Reader.Count < MaxBatch)
                {
                    await Task.Delay(BatchWindow, time, stoppingToken);
                }
                try
                {
                    await FlushAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "Could not record asked questions");
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        await FlushAsync(CancellationToken.None); // what is queued at shutdown still goes
    }
}
