using MipgTeams.Store.Publishing;

namespace MipgTeams.SharePoint.Publishing;

/// <summary>Hosts without the bot's outbox (tools, benchmarks) publish without telling anyone.</summary>
internal sealed class NoPublicationEvents : IPublicationEvents
{
    public Task OnPublishedAsync(MipgDbContext db, PublicationJob job, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task OnStoppedAsync(MipgDbContext db, PublicationJob job, CancellationToken cancellationToken) => Task.CompletedTask;
}
