namespace MipgTeams.Portal.MasterList;

/// <summary>The columns' headings and their names in links (?orden=fecha).</summary>
internal static class MasterListColumns
{
    public static IReadOnlyList<(MasterListColumn Column, string Slug, string Heading)> All { get; } =
    [
        (MasterListColumn.Code, "codigo", "Código"),
        (MasterListColumn.Title, "titulo", "Título"),
        (MasterListColumn.Type, "tipo", "Tipo"),
        (MasterListColumn.Version, "version", "Versión"),
        (MasterListColumn.ApprovedOn, "fecha", "Fecha de aprobación"),
        (MasterListColumn.Process, "proceso", "Proceso"),
        (MasterListColumn.Macroprocess, "macroproceso", "Macroproceso"),
    ];

    public static string Slug(MasterListColumn column) => All.First(c => c.Column == column).Slug;

    public static bool TryParse(string text, out MasterListColumn column)
    {
        foreach (var candidate in All)
        {
            if (candidate.Slug == text)
            {
                column = candidate.Column;
                return true;
            }
        }
        column = MasterListColumn.Code;
        return false;
    }
}
