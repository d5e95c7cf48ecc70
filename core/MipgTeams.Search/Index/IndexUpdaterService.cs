using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MipgTeams.Hosting;

namespace MipgTeams.Search.Index;

/// <summary>Polls the store for document changes every Search:PollInterval.</summary>
internal sealed class IndexUpdaterService(IndexUpdater updater, IOptions<SearchOptions> options, TimeProvider time, ILogger<IndexUpdaterService> logger)
    : PollingBackgroundService(time, logger)
{
    protected override TimeSpan Interval => options.Value.PollInterval;

    public override Task RunOnceAsync(CancellationToken cancellationToken) => updater.CatchUpAsync(cancellationToken);
}
