using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MipgTeams.Hosting;

namespace MipgTeams.SharePoint.WriteBack;

/// <summary>Runs <see cref="ChangeRequestWriteBack.PushDueAsync"/> every WriteBack:PollInterval; idle when disabled.</summary>
public sealed class WriteBackService(ChangeRequestWriteBack writeBack, IOptions<WriteBackOptions> options, TimeProvider time, ILogger<WriteBackService> logger)
    : PollingBackgroundService(time, logger)
{
    protected override TimeSpan Interval => options.Value.PollInterval;

    protected override string? DisabledBy => options.Value.Enabled ? null : "WriteBack:Enabled=false";

    public override Task RunOnceAsync(CancellationToken cancellationToken) => writeBack.PushDueAsync(cancellationToken);
}
