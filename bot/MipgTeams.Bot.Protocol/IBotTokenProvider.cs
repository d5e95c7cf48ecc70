namespace MipgTeams.Bot.Protocol;

/// <summary>The bearer token for calls to the connector; null when authentication is off (local Playground).</summary>
internal interface IBotTokenProvider
{
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}
