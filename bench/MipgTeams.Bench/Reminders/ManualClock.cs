namespace MipgTeams.Bench.Reminders;

/// <summary>A clock the benchmark moves by hand: the sender only reads the time, so no timers are needed.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
