using System.Runtime.CompilerServices;
using MipgTeams.SharePoint.Source;

namespace MipgTeams.SharePoint.Tests.Sync;

/// <summary>
/// A source in front of another that counts its calls (every page handed out, every file opened) and can kill the run
/// at one of them, or hold the run at its first page until let go.
/// </summary>
internal sealed class ControlledSource(ISharePointSource inner) : ISharePointSource
{
    private int calls;

    public int Calls => calls;

    /// <summary>Cancelled (and the call fails as a killed process would stop) at call <see cref="KillAt"/>.</summary>
    public CancellationTokenSource? Kill { get; set; }

    public int KillAt { get; set; }

    /// <summary>When set, the first page waits for it; <see cref="Held"/> completes once the run is waiting there.</summary>
    public TaskCompletionSource? Gate { get; set; }

    public TaskCompletionSource Held { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Name => inner.Name;

    public IReadOnlyList<SourceContainer> Containers => inner.Containers;

    public async IAsyncEnumerable<SourceChangePage> ReadChangesAsync(
        SourceContainer container, string? checkpoint, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (Gate is { } gate)
        {
            Held.TrySetResult();
            await gate.Task.WaitAsync(cancellationToken);
        }
        await foreach (var page in inner.ReadChangesAsync(container, checkpoint, cancellationToken))
        {
            Call();
            yield return page;
        }
    }

    public Task<Stream> OpenContentAsync(SourceContainer container, SourceItem item, CancellationToken cancellationToken)
    {
        Call();
        return inner.OpenContentAsync(container, item, cancellationToken);
    }

    private void Call()
    {
        if (Interlocked.Increment(ref calls) == KillAt && Kill is { } kill)
        {
            kill.Cancel();
            kill.Token.ThrowIfCancellationRequested();
        }
    }
}
