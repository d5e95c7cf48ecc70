namespace MipgTeams.SharePoint.Source;

/// <summary>A document library or an admin list, by the role it plays in the model.</summary>
/// <param name="Id">Stable id used for checkpoints and item records (drive id, list id, or the folder's name).</param>
/// <param name="DisplayName">The name admins see in SharePoint.</param>
/// <param name="Kind">The role it plays: a document library or one of the admin lists.</param>
public sealed record SourceContainer(string Id, string DisplayName, ContainerKind Kind);
