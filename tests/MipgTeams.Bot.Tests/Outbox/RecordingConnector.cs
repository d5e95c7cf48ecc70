using MipgTeams.TestSupport.Bot;

namespace MipgTeams.Bot.Tests.Outbox;

/// <summary>
/// A connector shared by several senders ("bot instances") that accepts every call and records it on the fake clock, so
/// tests can check Teams' limits across instances; it can also make the calling instance die in the middle of a send.
/// </summary>
public sealed class RecordingConnector(TimeProvider time) : SendOnlyConnector
{
    private readonly Lock gate = new();
    private readonly List<(int Count, TaskCompletionSource Reached)> waits = [];
    private readonly List<SentCall> calls = [];
    private int? dieAt;

    public sealed record SentCall(DateTimeOffset At, string ConversationId, string? Text);

    public IReadOnlyList<SentCall> Calls
    {
        get
        {
            lock (gate)
            {
                return calls.ToList();
            }
        }
    }

    /// <summary>The next call after <paramref name="calls"/> more never reaches Teams: the caller dies (cancelled) in it.</summary>
    public void DieAfter(int calls)
    {
        lock (gate)
        {
            dieAt = this.calls.Count + calls;
        }
    }

    /// <summary>Completes once <paramref name="count"/> calls have been made.</summary>
    public Task CallsAsync(int count)
    {
        lock (gate)
        {
            if (calls.Count >= count)
            {
                return Task.CompletedTask;
            }
            var wait = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            waits.Add((count, wait));
            return wait.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
    }

    public override Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (calls.Count == dieAt)
            {
                dieAt = null;
                throw new OperationCanceledException("The instance died in the middle of this send.");
            }
            calls.Add(new SentCall(time.GetUtcNow(), conversationId, activity.Text));
            foreach (var wait in waits.Where(w => w.Count <= calls.Count).ToList())
            {
                wait.Reached.TrySetResult();
                waits.Remove(wait);
            }
            return Task.FromResult(new ResourceResponse($"activity-{calls.Count}"));
        }
    }
}
