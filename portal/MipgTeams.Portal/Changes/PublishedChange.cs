namespace MipgTeams.Portal.Changes;

/// <summary>What a published change request says changed: its kind, the description, and when it was published.</summary>
internal sealed record PublishedChange(string DocumentCode, string Kind, string Description, DateTimeOffset PublishedAt);
