namespace MipgTeams.SharePoint.Sync;

/// <summary>
/// SharePoint internal names of the library columns (as Graph returns them in <c>listItem.fields</c>). Defaults match
/// the lists described in docs/deployment.md and the demo library. An empty column falls back to the file name (code)
/// and the folder path (macroprocess, process).
/// </summary>
public sealed class LibraryColumns
{
    public string Code { get; set; } = "Codigo";
    public string DocumentType { get; set; } = "TipoDocumental";
    public string Version { get; set; } = "Version";
    public string Status { get; set; } = "Estado";
    public string Process { get; set; } = "Proceso";
    public string Macroprocess { get; set; } = "Macroproceso";
    public string ApprovedOn { get; set; } = "FechaAprobacion";
    /// <summary>«Sí» (the default, also when empty) or «No»: a document admins keep internal never shows on the portal.</summary>
    public string Public { get; set; } = "Publico";
}
