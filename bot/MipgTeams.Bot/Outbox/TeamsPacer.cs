namespace MipgTeams.Bot.Outbox;

/// <summary>
/// Keeps proactive sends under Teams' documented limits ("Optimize your bot: rate limiting"): per bot and conversation
/// 7 in 1 s, 8 in 2 s, 60 in 30 s and 1,800 in an hour; and 50 requests a second for the app in the tenant. Answers
/// how long to wait before the next send to a conversation; driven by an injected clock so tests control time.
/// </summary>
public sealed class TeamsPacer
{
    private static readonly (int Count, TimeSpan Window)[] PerConversation =
    [
        (7, TimeSpan.FromSeconds(1)), (8, TimeSpan.FromSeconds(2)), (60, TimeSpan.FromSeconds(30)), (1800, TimeSpan.FromHours(1)),
    ];
    private static readonly (int Count, TimeSpan Window)[] Global = [(50, TimeSpan.FromSeconds(1))];
    private const string GlobalKey = "*";

    private readonly Dictionary<string, Queue<DateTimeOffset>> sends = [];
    private readonly Lock gate = new();

    /// <summary>Zero when a send to <paramref name="conversationId"/> may go now; otherwise how long to wait.</summary>
    public TimeSpan DelayFor(string conversationId, DateTimeOffset now)
    {
        lock (gate)
        {
            var wait = Wait(Log(conversationId), PerConversation, now);
            var global = Wait(Log(GlobalKey), Global, now);
            return wait > global ? wait : global;
        }
    }

    public void Record(string conversationId, DateTimeOffset now)
    {
        lock (gate)
        {
            Log(conversationId).Enqueue(now);
            Log(GlobalKey).Enqueue(now);
        }
    }

    private Queue<DateTimeOffset> Log(string key)
    {
        if (!sends.TryGetValue(key, out var log))
        {
            log = new Queue<DateTimeOffset>();
            sends[key] = log;
        }
        return log;
    }

    private static TimeSpan Wait(Queue<DateTimeOffset> log, (int Count, TimeSpan Window)[] limits, DateTimeOffset now)
    {
        var longest = limits.Max(l => l.Window);
        while (log.Count > 0 && now - log.Peek() >= longest)
        {
            log.Dequeue();
        }
        var wait = TimeSpan.Zero;
        var times = log.ToArray();
        foreach (var (count, window) in limits)
        {
            var inWindow = times.Where(t => now - t < window).ToArray();
            if (inWindow.Length >= count)
            {
                // The oldest send that must leave the window before one more fits.
                var until = inWindow[inWindow.Length - count] + window - now;
                wait = until > wait ? until : wait;
            }
        }
        return wait;
    }
}
