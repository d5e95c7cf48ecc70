using System.Diagnostics.CodeAnalysis;
using MipgTeams.Domain.Documents;
using MipgTeams.Portal.Catalog;
using MipgTeams.Portal.Content;

namespace MipgTeams.Portal.MasterList;

/// <summary>
/// The master list's filters, sort and page, as they come in the query string (?macroproceso=&amp;proceso=&amp;tipo=&amp;q=
/// &amp;obsoletos=1&amp;orden=&amp;dir=&amp;pagina=). Every value is checked; a wrong one is refused with a Spanish reason.
/// </summary>
internal sealed record MasterListQuery(
    string? Macroprocess, string? Process, DocumentType? Type, string? Text, bool WithObsolete, MasterListColumn Sort, bool Descending, int Page)
{
    public const int MaxText = 200;
    public const int MaxPage = 100_000;

    public static MasterListQuery Default { get; } = new(null, null, null, null, false, MasterListColumn.Code, false, 1);

    public static bool TryParse(IQueryCollection query, PublicSnapshot snapshot, [NotNullWhen(true)] out MasterListQuery? parsed, [NotNullWhen(false)] out string? error)
    {
        parsed = null;
        string? macro = null, process = null, text = null;
        DocumentType? type = null;
        if (One(query, "macroproceso") is { } macroText)
        {
            if (!RouteValues.TryMacroprocessCode(macroText, out macro) || !snapshot.MacroprocessByCode.ContainsKey(macro))
            {
                error = "El macroproceso indicado no existe.";
                return false;
            }
        }
        if (One(query, "proceso") is { } processText)
        {
            if (!RouteValues.TryProcessCode(processText, out process) || !snapshot.ProcessByCode.ContainsKey(process))
            {
                error = "El proceso indicado no existe.";
                return false;
            }
        }
        if (One(query, "tipo") is { } typeText)
        {
            if (typeText.Length > 30 || !PortalLabels.TryParseSlug(typeText, out var parsedType))
            {
                error = "El tipo de documento indicado no existe.";
                return false;
            }
            type = parsedType;
        }
        if (One(query, "q") is { } q)
        {
            if (q.Length > MaxText)
            {
                error = $"El texto de búsqueda es demasiado largo (máximo {MaxText} caracteres).";
                return false;
            }
            text = q;
        }
        var obsolete = One(query, "obsoletos") is { } o && (o == "1" || o.Equals("si", StringComparison.OrdinalIgnoreCase) || o.Equals("true", StringComparison.OrdinalIgnoreCase));
        var sort = MasterListColumn.Code;
        if (One(query, "orden") is { } sortText && !MasterListColumns.TryParse(sortText, out sort))
        {
            error = "La columna de orden indicada no existe.";
            return false;
        }
        var descending = false;
        if (One(query, "dir") is { } dir)
        {
            if (dir is not ("asc" or "desc"))
            {
                error = "El sentido del orden debe ser asc o desc.";
                return false;
            }
            descending = dir == "desc";
        }
        var page = 1;
        if (One(query, "pagina") is { } pageText && (!int.TryParse(pageText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out page) || page < 1 || page > MaxPage))
        {
            error = "El número de página no es válido.";
            return false;
        }
        parsed = new MasterListQuery(macro, process, type, text, obsolete, sort, descending, page);
        error = null;
        return true;
    }

    /// <summary>The query string of this query with some values changed (links of sort headers and pages).</summary>
    public string ToQueryString(MasterListColumn? sort = null, bool? descending = null, int? page = null)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        Add(pairs, "macroproceso", Macroprocess);
        Add(pairs, "proceso", Process);
        Add(pairs, "tipo", Type is { } t ? PortalLabels.Slug(t) : null);
        Add(pairs, "q", Text);
        Add(pairs, "obsoletos", WithObsolete ? "1" : null);
        var s = sort ?? Sort;
        Add(pairs, "orden", s == MasterListColumn.Code ? null : MasterListColumns.Slug(s));
        Add(pairs, "dir", descending ?? Descending ? "desc" : null);
        var p = page ?? 1;
        Add(pairs, "pagina", p > 1 ? p.ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
        return Microsoft.AspNetCore.Http.QueryString.Create(pairs).ToString();
    }

    private static void Add(List<KeyValuePair<string, string?>> pairs, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            pairs.Add(new(key, value));
        }
    }

    // A parameter given twice, or empty, counts as given once or not at all: forms send empty selects.
    private static string? One(IQueryCollection query, string key) =>
        query.TryGetValue(key, out var values) && values.Count > 0 && !string.IsNullOrWhiteSpace(values[^1]) ? values[^1]!.Trim() : null;
}
