namespace MipgTeams.DemoLibrary.Catalog;

/// <summary>The MIPG policies (Tabla 1 of the cartilla) and the settings list, shared by every generated library.</summary>
internal sealed record DemoPolicyCatalog(IReadOnlyList<DemoPolicy> Policies, IReadOnlyList<DemoSetting> Settings);
