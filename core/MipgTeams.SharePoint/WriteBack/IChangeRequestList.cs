namespace MipgTeams.SharePoint.WriteBack;

/// <summary>The SharePoint list that mirrors change requests (port; Graph in production, faked at HTTP in tests).</summary>
public interface IChangeRequestList
{
    /// <summary>Creates the item and returns its id.</summary>
    Task<string> CreateAsync(IReadOnlyDictionary<string, object?> fields, CancellationToken cancellationToken);

    /// <summary>Updates the item's fields; false when the item no longer exists (an admin deleted it).</summary>
    Task<bool> UpdateAsync(string itemId, IReadOnlyDictionary<string, object?> fields, CancellationToken cancellationToken);
}
