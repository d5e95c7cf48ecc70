namespace MipgTeams.Bot.Outbox;

/// <summary>
/// Keeps proactive sends under Teams' documented limits ("Optimize your bot: rate limiting"): per bot and conversation
/// 7 in 1 s, 8 in 2 s, 60 in 30 s and 1,800 in an hour (creating conversations has the same limits); and 50 requests a
/// second for the app in the tenant. Answers how long to wait before the next send to a conversation, from an injected
/// clock so tests control time. (System.Threading.RateLimiting's limiters run on the real clock, and several windows per
/// key plus "how long until" are what the outbox needs, so this is a small log of send times per key instead.)
/// The log is in memory, so it holds across instances only because one instance at a time sends (the sender's lease),
/// and the instance that takes over starts from the store's record of the last hour's sends (<see cref="Restart"/>).
/// Teams' 429 + Retry-After, which the sender honours, covers what the log cannot see (the connector's own quick
/// retries, conversations a predecessor created).
/// </summary>
public sealed class TeamsPacer
{
    /// <summary>The key under which conversation creations are counted.</summary>
    public const string CreateConversationKey = "#create-conversation";

    private static readonly (int Count, TimeSpan Window)[] PerConversation =
    [
        (7, TimeSpan.FromSeconds(1)), (8, TimeSpan.FromSeconds(2)), (60, TimeSpan.FromSeconds(30)), (1800, TimeSpan.FromHours(1)),
    ];
    private static readonly (int Count, TimeSpan Window)[] Global = [(50, TimeSpan.FromSeconds(1))];
    private static readonly TimeSpan GlobalHistory = Global.Max(l => l.Window);
    private const string GlobalKey = "#app";

    private readonly Dictionary<string, Queue<DateTimeOffset>> sends = [];
    private readonly Lock gate = new();
    private DateTimeOffset forgotAt = DateTimeOffset.MinValue;

    /// <summary>How far back sends still count (the longest window).</summary>
    public static TimeSpan History { get; } = TimeSpan.FromHours(1);

    /// <summary>Zero when a send to <paramref name="conversationId"/> may go now; otherwise how long to wait.</summary>
    public TimeSpan DelayFor(string conversationId, DateTimeOffset now)
    {
        lock (gate)
        {
            Forget(now);
            var wait = Wait(conversationId, PerConversation, now);
            var global = Wait(GlobalKey, Global, now);
            return wait > global ? wait : global;
        }
    }

    public void Record(string conversationId, DateTimeOffset now)
    {
        lock (gate)
        {
            Log(conversationId).Enqueue(now);
            var global = Log(GlobalKey);
            global.Enqueue(now);
            // The app's log only needs its own window; without this it would keep an hour of every send.
            while (now - global.Peek() >= GlobalHistory)
            {
                global.Dequeue();
            }
        }
    }

    /// <summary>
    /// Forgets everything and starts from <paramref name="history"/> (conversation id and time of each send, oldest
    /// first): what an instance that takes over the sending knows of its predecessors' sends.
    /// </summary>
    public void Restart(IEnumerable<(string ConversationId, DateTimeOffset At)> history)
    {
        lock (gate)
        {
            sends.Clear();
            forgotAt = DateTimeOffset.MinValue;
        }
        foreach (var (conversationId, at) in history)
        {
            Record(conversationId, at);
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

    // Sends older than the longest window no longer count; conversations with none left are dropped, so memory follows
    // the last hour's traffic only.
    private void Forget(DateTimeOffset now)
    {
        if (now - forgotAt < TimeSpan.FromMinutes(1))
        {
            return;
        }
        forgotAt = now;
        List<string>? idle = null;
        foreach (var (key, log) in sends)
        {
            while (log.Count > 0 && now - log.Peek() >= History)
            {
                log.Dequeue();
            }
            if (log.Count == 0)
            {
                (idle ??= []).Add(key);
            }
        }
        idle?.ForEach(key => sends.Remove(key));
    }

    private TimeSpan Wait(string key, (int Count, TimeSpan Window)[] limits, DateTimeOffset now)
    {
        if (!sends.TryGetValue(key, out var log))
        {
            return TimeSpan.Zero;
        }
        var times = log.ToArray(); // oldest first; entries older than an hour may linger until the next Forget, harmlessly
        var wait = TimeSpan.Zero;
        foreach (var (count, window) in limits)
        {
            var inWindow = 0;
            for (var i = times.Length - 1; i >= 0 && now - times[i] < window; i--)
            {
                inWindow++;
            }
            if (inWindow >= count)
            {
                // The send that must leave the window before one more fits.
                var until = times[times.Length - count] + window - now;
                wait = until > wait ? until : wait;
            }
        }
        return wait;
    }
}
