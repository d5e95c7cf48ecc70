using MipgTeams.Portal.Catalog;
using MipgTeams.Portal.Changes;
using MipgTeams.Portal.Content;

namespace MipgTeams.Portal.Pages;

/// <summary>Documento: a code's current version (or newest obsolete one), its first lines, earlier versions and published changes.</summary>
public sealed class DocumentoModel(PublicCatalog catalog, PublishedChanges changes) : PageModel
{
    private const int PreviewLines = 8;
    private const int PreviewChars = 800;

    internal PublicDocument Shown { get; private set; } = null!;

    internal IReadOnlyList<PublicDocument> Earlier { get; private set; } = [];

    internal IReadOnlyList<PublishedChange> Changes { get; private set; } = [];

    internal IReadOnlyList<string> Preview { get; private set; } = [];

    internal Domain.Processes.Macroprocess? Macroprocess => Shown.Macroprocess;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (!RouteValues.TryDocumentCode(code, out var valid))
        {
            HttpContext.Items[ErrorMessage.Key] = "El código de documento no es válido (ejemplo: GLEGN02-P001).";
            return BadRequest();
        }
        var snapshot = catalog.Current;
        if (!snapshot.ByCode.TryGetValue(valid, out var versions))
        {
            HttpContext.Items[ErrorMessage.Key] = $"No hay ningún documento publicado con el código {valid}.";
            return NotFound();
        }
        if (valid != code)
        {
            return RedirectPermanent($"/documentos/{valid}");
        }
        Shown = versions[0];
        Earlier = versions.Skip(1).ToList();
        Preview = FirstLines(Shown.Document.Text);
        Changes = await changes.OfDocumentAsync(valid, cancellationToken);
        return Page();
    }

    private static List<string> FirstLines(string? text)
    {
        var lines = new List<string>();
        var length = 0;
        foreach (var line in (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            if (lines.Count == PreviewLines || length >= PreviewChars)
            {
                break;
            }
            var shown = line.Length + length > PreviewChars ? line[..(PreviewChars - length)] + "…" : line;
            lines.Add(shown);
            length += shown.Length;
        }
        return lines;
    }
}
