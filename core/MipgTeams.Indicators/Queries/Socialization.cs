namespace MipgTeams.Indicators.Queries;

/// <summary>
/// Socialización: the new versions published in the period (the latest <see cref="SocializationQuery.Listed"/>), and
/// how many of the people each was sent to (the process leader, the requester and the Socializar object ids) pressed
/// «Leído». Readers outside that list (members of a Socializar channel) count as readers, not in the share.
/// </summary>
public sealed record Socialization(IReadOnlyList<SocializedVersion> Versions, int Published);

public sealed record SocializedVersion(long RequestId, string Document, string? Version, string ProcessName, DateTimeOffset PublishedAt, int Audience, int AudienceRead, int Readers)
{
    /// <summary>Share (0–100) of the people it was sent to who confirmed reading it; null when it was sent to nobody by name.</summary>
    public double? ReadPercent => Audience == 0 ? null : Math.Round(100.0 * AudienceRead / Audience, 1);
}
