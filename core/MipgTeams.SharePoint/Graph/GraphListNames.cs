namespace MipgTeams.SharePoint.Graph;

/// <summary>The display names of the admin lists on the site (section "Graph:Lists"); defaults are the names in docs/deployment.md.</summary>
public sealed class GraphListNames
{
    public string Processes { get; set; } = "Procesos";
    public string Policies { get; set; } = "Políticas MIPG";
    public string QualityTeam { get; set; } = "Equipo de Calidad";
    public string Settings { get; set; } = "Configuración";
}
