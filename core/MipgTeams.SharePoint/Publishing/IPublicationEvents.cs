using MipgTeams.Store.Publishing;

namespace MipgTeams.SharePoint.Publishing;

/// <summary>
/// What happens around a publication besides the library (the bot tells people, through its outbox). Called inside
/// the worker's transaction, so a message is written exactly when the job's new state is.
/// </summary>
public interface IPublicationEvents
{
    /// <summary>The job published: the new version is in the library and the store.</summary>
    Task OnPublishedAsync(MipgDbContext db, PublicationJob job, CancellationToken cancellationToken);

    /// <summary>The job stopped (conflict or a failure that needs a person); <see cref="PublicationJob.LastError"/> says why.</summary>
    Task OnStoppedAsync(MipgDbContext db, PublicationJob job, CancellationToken cancellationToken);
}
