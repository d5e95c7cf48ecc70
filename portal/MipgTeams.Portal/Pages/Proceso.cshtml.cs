using MipgTeams.Domain.Processes;
using MipgTeams.Portal.Catalog;
using MipgTeams.Portal.Content;

namespace MipgTeams.Portal.Pages;

/// <summary>Proceso: the process, its leader and office, subprocesses, and its current documents grouped by type.</summary>
public sealed class ProcesoModel(PublicCatalog catalog) : PageModel
{
    internal PublicSnapshot Snapshot { get; private set; } = null!;

    internal Process Process { get; private set; } = null!;

    internal Process? Parent { get; private set; }

    internal Macroprocess? Macroprocess { get; private set; }

    /// <summary>Past this many documents of a type, the page links to the master list for the rest (pages stay small).</summary>
    public const int ShownPerType = 25;

    internal IReadOnlyList<(Domain.Documents.DocumentType Type, IReadOnlyList<PublicDocument> Documents, int Total)> Groups { get; private set; } = [];

    public IActionResult OnGet(string code)
    {
        if (!RouteValues.TryProcessCode(code, out var valid))
        {
            HttpContext.Items[ErrorMessage.Key] = "El código de proceso no es válido (ejemplo: GLEGN02).";
            return BadRequest();
        }
        Snapshot = catalog.Current;
        if (!Snapshot.ProcessByCode.TryGetValue(valid, out var process))
        {
            HttpContext.Items[ErrorMessage.Key] = $"No existe un proceso con el código {valid}.";
            return NotFound();
        }
        if (valid != code)
        {
            return RedirectPermanent($"/procesos/{valid}");
        }
        Process = process;
        Parent = process.ParentCode is { } parent ? Snapshot.ProcessByCode.GetValueOrDefault(parent) : null;
        Macroprocess = Snapshot.MacroprocessByCode.GetValueOrDefault(process.MacroprocessCode);
        var documents = Snapshot.CurrentOf(process.Code);
        Groups = PortalLabels.TypeOrder
            .Select(t => (t, documents.Where(d => d.Document.Type == t).OrderBy(d => d.Document.Code, StringComparer.Ordinal).ToList()))
            .Where(g => g.Item2.Count > 0)
            .Select(g => (g.t, (IReadOnlyList<PublicDocument>)g.Item2.Take(ShownPerType).ToList(), g.Item2.Count)).ToList();
        return Page();
    }
}
