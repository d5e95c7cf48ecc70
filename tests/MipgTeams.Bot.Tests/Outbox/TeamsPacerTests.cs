namespace MipgTeams.Bot.Tests.Outbox;

public sealed class TeamsPacerTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 13, 0, 0, TimeSpan.Zero);
    private readonly TeamsPacer pacer = new();

    [Fact]
    public void Seven_sends_a_second_go_at_once_and_the_eighth_waits()
    {
        for (var i = 0; i < 7; i++)
        {
            Assert.Equal(TimeSpan.Zero, pacer.DelayFor("c1", Start));
            pacer.Record("c1", Start);
        }
        Assert.Equal(TimeSpan.FromSeconds(1), pacer.DelayFor("c1", Start));
        Assert.Equal(TimeSpan.Zero, pacer.DelayFor("c2", Start));
    }

    [Fact]
    public void Eight_sends_in_two_seconds_is_the_most_a_conversation_gets()
    {
        var now = Start;
        for (var i = 0; i < 8; i++)
        {
            now += pacer.DelayFor("c1", now);
            pacer.Record("c1", now);
        }
        Assert.True(now - Start >= TimeSpan.FromSeconds(1));
        Assert.True(pacer.DelayFor("c1", now) > TimeSpan.Zero);
    }

    [Fact]
    public void Sixty_sends_in_thirty_seconds_per_conversation()
    {
        var now = Start;
        var times = new List<DateTimeOffset>();
        for (var i = 0; i < 120; i++)
        {
            now += pacer.DelayFor("c1", now);
            pacer.Record("c1", now);
            times.Add(now);
        }
        for (var i = 60; i < times.Count; i++)
        {
            Assert.True(times[i] - times[i - 60] >= TimeSpan.FromSeconds(30), $"send {i} broke 60 in 30 s");
        }
    }

    [Fact]
    public void Fifty_requests_a_second_for_the_whole_app()
    {
        for (var i = 0; i < 50; i++)
        {
            pacer.Record($"c{i}", Start);
        }
        Assert.True(pacer.DelayFor("another", Start) > TimeSpan.Zero);
        Assert.Equal(TimeSpan.Zero, pacer.DelayFor("another", Start.AddSeconds(1)));
    }

    [Fact]
    public void A_restarted_pacer_forgets_its_own_log_and_counts_the_history_it_is_given()
    {
        pacer.Record("old", Start);
        var history = Enumerable.Repeat(("c1", Start), 7).Concat(Enumerable.Range(0, 42).Select(i => ($"c{i + 2}", Start)));

        pacer.Restart(history);

        Assert.Equal(TimeSpan.FromSeconds(1), pacer.DelayFor("c1", Start));
        Assert.Equal(TimeSpan.Zero, pacer.DelayFor("another", Start)); // 49 of the app's 50 in this second
        pacer.Record("another", Start);
        Assert.Equal(TimeSpan.FromSeconds(1), pacer.DelayFor("yet-another", Start));
    }
}
