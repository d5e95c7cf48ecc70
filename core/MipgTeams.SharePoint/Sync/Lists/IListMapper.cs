namespace MipgTeams.SharePoint.Sync.Lists;

/// <summary>Maps the rows of one admin list onto the model. Column names are the SharePoint internal names in docs/deployment.md.</summary>
internal interface IListMapper
{
    ContainerKind Kind { get; }

    /// <summary>Adds or updates the row's entity; returns its key (kept to remove it later), or null with an error.</summary>
    Task<string?> UpsertAsync(MipgDbContext db, SourceItem item, Action<string> reportError, CancellationToken cancellationToken);

    /// <summary>Removes the entity a deleted row had created.</summary>
    Task RemoveAsync(MipgDbContext db, string key, CancellationToken cancellationToken);
}
