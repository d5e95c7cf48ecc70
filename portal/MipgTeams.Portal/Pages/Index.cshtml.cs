using MipgTeams.Portal.Catalog;

namespace MipgTeams.Portal.Pages;

/// <summary>Inicio: what MIPG is, its dimensions and policies, the MOP map, the search box and the latest publications.</summary>
public sealed class IndexModel(PublicCatalog catalog) : PageModel
{
    public const int LatestCount = 8;

    internal PublicSnapshot Snapshot { get; private set; } = null!;

    public void OnGet() => Snapshot = catalog.Current;
}
