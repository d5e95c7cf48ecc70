namespace MipgTeams.SharePoint.Publishing;

/// <summary>A draft: how requests point to it, and its file name (whose extension must suit the document's type).</summary>
public sealed record DraftFile(string Reference, string Name);
