using MipgTeams.DemoLibrary.Catalog;

namespace MipgTeams.DemoLibrary.Unseen;

/// <summary>The controlled documents of the evaluation library, by process (written in San Isidro's own style).</summary>
internal static partial class UnseenDocuments
{
    // A property, not a field: the lists live in other files of this partial class, whose initialization order is not defined.
    public static IReadOnlyDictionary<string, IReadOnlyList<DemoDocument>> ByProcess => new Dictionary<string, IReadOnlyList<DemoDocument>>
    {
        ["PETER01"] = Planeacion,
        ["COMPR02"] = Comunicaciones,
        ["VENUN01"] = Ventanilla,
        ["INFRA02"] = Infraestructura,
        ["ADMTH01"] = Personal,
        ["HACTE02"] = Hacienda,
        ["ADQUI03"] = Adquisiciones,
        ["ARCHI04"] = Archivo,
        ["SISTE05"] = Sistemas,
        ["CONIN01"] = ControlInterno,
    };

    private static DemoDocument Doc(string code, string title, string version, string status, string approved, string format, params string[] body) =>
        new(code, title, version, status, DateOnly.Parse(approved, System.Globalization.CultureInfo.InvariantCulture), format, body);
}
