namespace MipgTeams.DemoLibrary.Catalog;

/// <summary>
/// The controlled documents of the demo library, by process. The GLEGN02 documents, their versions and memoranda are
/// the ones the cartilla names; the rest are plausible documents built from the good practices the cartilla reports.
/// </summary>
internal static partial class DemoDocuments
{
    // A property, not a field: the lists live in other files of this partial class, whose initialization order is not defined.
    public static IReadOnlyDictionary<string, IReadOnlyList<DemoDocument>> ByProcess => new Dictionary<string, IReadOnlyList<DemoDocument>>
    {
        ["GLEGN02"] = MejoraNormativa,
        ["GLEGN01"] = DefensaJuridica,
        ["GFORC01"] = Calidad,
        ["MSCIU01"] = ServicioCiudadano,
        ["GFINP01"] = Presupuesto,
        ["GBYSC01"] = Contratacion,
        ["GINFD01"] = GestionDocumental,
        ["GINFT02"] = GobiernoDigital,
        ["GTHUM01"] = TalentoHumano,
        ["DESPL01"] = Planeacion,
        ["DESPL02"] = Riesgos,
        ["MPARC01"] = Participacion,
        ["EVALC01"] = ControlInterno,
    };

    private static DemoDocument Doc(string code, string title, string version, string status, string approved, string format, params string[] body) =>
        new(code, title, version, status, DateOnly.Parse(approved, System.Globalization.CultureInfo.InvariantCulture), format, body);
}
