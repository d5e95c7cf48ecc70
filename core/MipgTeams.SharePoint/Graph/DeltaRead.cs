namespace MipgTeams.SharePoint.Graph;

/// <summary>
/// The items of one delta read. <see cref="DeltaLink"/> is null when Graph answered 410: then <see cref="ResyncLink"/>
/// holds where to re-enumerate from ("" for from scratch).
/// </summary>
internal sealed record DeltaRead<T>(List<T> Items, string? DeltaLink, string? ResyncLink);
