namespace MipgTeams.Domain.ChangeRequests;

/// <summary>Who acts: the Entra object id of the signed-in person (the identity decisions are authorized by) and their name.</summary>
public sealed record Actor(string ObjectId, string Name)
{
    public bool Is(string? objectId) => !string.IsNullOrWhiteSpace(objectId) && string.Equals(ObjectId, objectId, StringComparison.OrdinalIgnoreCase);
}
