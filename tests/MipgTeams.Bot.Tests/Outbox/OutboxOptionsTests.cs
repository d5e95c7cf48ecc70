namespace MipgTeams.Bot.Tests.Outbox;

public sealed class OutboxOptionsTests
{
    private static ValidateOptionsResult Validate(OutboxOptions options) =>
        new DataAnnotationValidateOptions<OutboxOptions>(Options.DefaultName).Validate(Options.DefaultName, options);

    [Fact]
    public void The_defaults_are_valid() => Assert.True(Validate(new OutboxOptions()).Succeeded);

    [Fact]
    public void A_sender_lease_that_would_lapse_between_passes_is_refused_and_the_setting_named()
    {
        var result = Validate(new OutboxOptions { PollInterval = TimeSpan.FromSeconds(30), SenderLease = TimeSpan.FromSeconds(45) });

        Assert.True(result.Failed);
        Assert.Contains("Outbox:SenderLease", result.FailureMessage, StringComparison.Ordinal);
    }
}
