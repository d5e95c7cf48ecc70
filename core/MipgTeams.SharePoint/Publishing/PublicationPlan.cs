using MipgTeams.Domain.Documents;

namespace MipgTeams.SharePoint.Publishing;

/// <summary>What the quality member adds on the validation card: the final file's link, the version, a new document's type.</summary>
public sealed record PublicationChoices(string? FinalFile = null, string? Version = null, DocumentType? Type = null);
