using MipgTeams.Domain.Documents;

namespace MipgTeams.Portal.Catalog;

/// <summary>
/// What the public may see: current and obsolete documents only; drafts under review never, nor a document admins keep
/// internal (library column «Publico» = No).
/// </summary>
internal static class PublicRules
{
    public static bool IsPublic(Document document) =>
        !document.IsRemoved && document.IsPublic && (document.Status == DocumentStatus.Current || document.Status == DocumentStatus.Obsolete);

    public static bool IsCurrent(Document document) => document.Status == DocumentStatus.Current;
}
