namespace MipgTeams.Domain.People;

/// <summary>A person as SharePoint and Entra know them. The object id, when known, is what authorizes decisions.</summary>
public sealed record Person(string DisplayName, string Email, string? EntraObjectId = null)
{
    /// <summary>True when this person is the one signed in as <paramref name="objectId"/> (case-insensitive GUID text).</summary>
    public bool HasObjectId(string? objectId) =>
        !string.IsNullOrWhiteSpace(EntraObjectId) && !string.IsNullOrWhiteSpace(objectId)
        && string.Equals(EntraObjectId, objectId, StringComparison.OrdinalIgnoreCase);
}
