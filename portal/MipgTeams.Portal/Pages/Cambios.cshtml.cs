using MipgTeams.Portal.Catalog;
using MipgTeams.Portal.Changes;

namespace MipgTeams.Portal.Pages;

/// <summary>Cambios recientes: the latest publications, newest first, with what changed when a change request says so.</summary>
public sealed class CambiosModel(PublicCatalog catalog, PublishedChanges changes) : PageModel
{
    internal IReadOnlyList<PublicDocument> Recent { get; private set; } = [];

    internal IReadOnlyDictionary<string, PublishedChange> Described { get; private set; } = new Dictionary<string, PublishedChange>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Recent = catalog.Current.Recent;
        Described = await changes.LatestByCodeAsync(cancellationToken);
    }
}
