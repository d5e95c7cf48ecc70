using Microsoft.EntityFrameworkCore;
using MipgTeams.Domain.Documents;
using MipgTeams.Store.Sync;
using MipgTeams.TestSupport;

namespace MipgTeams.Store.Tests.Sync;

/// <summary>
/// The sync and a publication both hand out document change numbers; a number given twice would leave one change out
/// of every bot's index until the document changed again.
/// </summary>
public sealed class ChangeNumberTests() : StoreTests(StoreProvider.PostgreSql)
{
    [Fact]
    public async Task A_second_writer_waits_for_the_first_to_commit_and_takes_the_next_number()
    {
        await using var first = Store.CreateDbContext();
        await using var second = Store.CreateDbContext();
        await using var firstTransaction = await first.Database.BeginTransactionAsync();
        var firstNumber = await ChangeNumbers.NextAsync(first, CancellationToken.None);
        first.Documents.Add(NewDocument("item-1", firstNumber));
        await first.SaveChangesAsync();

        await using var secondTransaction = await second.Database.BeginTransactionAsync();
        var secondNumber = ChangeNumbers.NextAsync(second, CancellationToken.None);
        await WaitUntilAWriterWaitsAsync();
        Assert.False(secondNumber.IsCompleted);
        await firstTransaction.CommitAsync();

        Assert.Equal(firstNumber + 1, await secondNumber);
    }

    // The second writer is blocked on the lock (seen from a third connection), so the test never depends on timing.
    private async Task WaitUntilAWriterWaitsAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var observer = Store.CreateDbContext();
        while (await observer.Database.SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")
            .SingleAsync(timeout.Token) == 0)
        {
        }
    }

    private static Document NewDocument(string itemId, long changeNumber) => new()
    {
        SourceContainer = "library", SourceItemId = itemId, Code = "GLEGN02-P001", Title = "Procedimiento", ProcessCode = "GLEGN02",
        Path = "GLEGN02-P001 Procedimiento.docx", Version = "1.0", ChangeNumber = changeNumber,
    };
}
