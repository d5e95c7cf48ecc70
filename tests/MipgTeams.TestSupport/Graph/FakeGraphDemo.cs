using System.Globalization;
using System.Text.Json;

namespace MipgTeams.TestSupport.Graph;

/// <summary>
/// Fills a fake site from a folder laid out like the demo (library/ with _columnas.json, lists/*.json), the way
/// Graph would return it: yes/no columns as booleans, date columns as UTC date-times (midnight in Bogotá).
/// </summary>
public static class FakeGraphDemo
{
    public static readonly IReadOnlyDictionary<string, string> ListIds = new Dictionary<string, string>
    {
        ["Procesos"] = "22222222-aaaa-4bbb-8ccc-000000000001",
        ["Políticas MIPG"] = "22222222-aaaa-4bbb-8ccc-000000000002",
        ["Equipo de Calidad"] = "22222222-aaaa-4bbb-8ccc-000000000003",
        ["Configuración"] = "22222222-aaaa-4bbb-8ccc-000000000004",
    };

    public static FakeGraphState Load(string folder)
    {
        var state = new FakeGraphState();
        var library = Path.Combine(folder, "library");
        var columns = File.Exists(Path.Combine(library, "_columnas.json"))
            ? JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, JsonElement>>>(File.ReadAllBytes(Path.Combine(library, "_columnas.json")))!
            : [];
        foreach (var file in Directory.EnumerateFiles(library, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(library, file).Replace('\\', '/');
            if (Path.GetFileName(relative).StartsWith('_') || Path.GetFileName(relative).StartsWith('.'))
            {
                continue;
            }
            state.AddFile(relative, File.ReadAllBytes(file), columns.TryGetValue(relative, out var values) ? Fields(values) : []);
        }
        foreach (var (name, id) in ListIds)
        {
            state.AddList(name, id);
        }
        foreach (var file in Directory.EnumerateFiles(Path.Combine(folder, "lists"), "*.json").Order(StringComparer.Ordinal))
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(file));
            if (!ListIds.TryGetValue(json.RootElement.GetProperty("list").GetString()!, out var listId))
            {
                continue;
            }
            foreach (var row in json.RootElement.GetProperty("items").EnumerateArray())
            {
                var fields = Fields(row.GetProperty("fields").EnumerateObject().ToDictionary(p => p.Name, p => p.Value));
                state.SetRow(listId, row.GetProperty("id").ToString(), fields);
            }
        }
        return state;
    }

    public static Dictionary<string, object?> Fields(Dictionary<string, JsonElement> values) =>
        values.ToDictionary(p => p.Key, p => Value(p.Value));

    private static object? Value(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => value.GetDecimal(),
        JsonValueKind.String => value.GetString() switch
        {
            "Sí" => true,
            "No" => false,
            var s when DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) =>
                date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T05:00:00Z",
            var s => s,
        },
        _ => value.GetRawText(),
    };
}
