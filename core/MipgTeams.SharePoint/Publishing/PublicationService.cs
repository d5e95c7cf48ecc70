using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MipgTeams.Hosting;

namespace MipgTeams.SharePoint.Publishing;

/// <summary>Runs <see cref="PublicationRunner.RunDueAsync"/> every Publication:PollInterval.</summary>
public sealed class PublicationService(PublicationRunner runner, IOptions<PublicationOptions> options, TimeProvider time, ILogger<PublicationService> logger)
    : PollingBackgroundService(time, logger)
{
    protected override TimeSpan Interval => options.Value.PollInterval;

    protected override string? DisabledBy => options.Value.Enabled ? null : "Publication:Enabled=false";

    public override Task RunOnceAsync(CancellationToken cancellationToken) => runner.RunDueAsync(cancellationToken);
}
