namespace MipgTeams.Bot.Protocol;

/// <summary>What the connector answers to a send: the id of the activity it created (absent when it split the message).</summary>
public sealed record ResourceResponse(string? Id);
