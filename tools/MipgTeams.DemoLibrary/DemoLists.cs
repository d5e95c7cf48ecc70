using System.Text.Json;
using MipgTeams.DemoLibrary.Catalog;

namespace MipgTeams.DemoLibrary;

/// <summary>
/// The admin lists in the sidecar format: { "list": name, "items": [ { "id": "1", "fields": { column: value } } ] },
/// the shape of Graph's listItem with expanded fields. Column names are SharePoint internal names.
/// </summary>
internal static class DemoLists
{
    public const int Count = 4;

    public static void Write(string folder, JsonSerializerOptions json, LibrarySpec spec)
    {
        options = json;
        WriteAll(folder, spec);
    }

    private static JsonSerializerOptions options = new();

    private static void WriteAll(string folder, LibrarySpec spec)
    {
        Save(folder, "procesos.json", "Procesos", spec.Processes.Select((p, i) => Item(i, new()
        {
            ["Title"] = p.Name,
            ["Codigo"] = p.Code,
            ["Macroproceso"] = p.MacroprocessCode,
            ["NombreMacroproceso"] = spec.Macroprocesses.Single(m => m.Code == p.MacroprocessCode).Name,
            ["TipoMacroproceso"] = spec.Macroprocesses.Single(m => m.Code == p.MacroprocessCode).Type,
            ["ProcesoPadre"] = p.ParentCode,
            ["Dependencia"] = p.Office,
            ["Lider"] = p.Leader.Name,
            ["LiderCorreo"] = p.Leader.Email,
            ["LiderObjectId"] = p.Leader.ObjectId,
        })));
        Save(folder, "politicas-mipg.json", "Políticas MIPG", DemoPolicies.All.Select((p, i) => Item(i, new()
        {
            ["Title"] = p.Name,
            ["Numero"] = p.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Dimension"] = p.DimensionName,
            ["NumeroDimension"] = p.Dimension.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["LiderPolitica"] = p.LeadingOffice,
            ["Proposito"] = p.Purpose,
        })));
        Save(folder, "equipo-calidad.json", "Equipo de Calidad", spec.QualityTeam.Select((m, i) => Item(i, new()
        {
            ["Title"] = m.Person.Name,
            ["Correo"] = m.Person.Email,
            ["ObjectId"] = m.Person.ObjectId,
            ["Coordinador"] = m.Coordinator ? "Sí" : "No",
            ["Activo"] = "Sí",
        })));
        Save(folder, "configuracion.json", "Configuración", DemoPolicies.Settings.Select((s, i) => Item(i, new()
        {
            ["Title"] = s.Key,
            ["Valor"] = s.Value,
            ["Descripcion"] = s.Description,
        })));
    }

    private static object Item(int index, Dictionary<string, string?> fields) =>
        new { id = (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), fields };

    private static void Save(string folder, string file, string list, IEnumerable<object> items) =>
        File.WriteAllText(Path.Combine(folder, file), JsonSerializer.Serialize(new { list, items = items.ToList() }, options));
}
