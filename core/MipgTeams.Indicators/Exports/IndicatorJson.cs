using System.Text.Json;
using System.Text.Json.Nodes;
using MipgTeams.Indicators.Tables;

namespace MipgTeams.Indicators.Exports;

/// <summary>A table as a JSON array of flat objects keyed by the columns' stable keys: what Power BI's Web connector turns into a table.</summary>
public static class IndicatorJson
{
    public const string ContentType = "application/json; charset=utf-8";

    public static byte[] Write(IndicatorTable table)
    {
        var array = new JsonArray();
        foreach (var row in table.Rows)
        {
            var item = new JsonObject();
            for (var i = 0; i < table.Columns.Count; i++)
            {
                item[table.Columns[i].Key] = row[i] switch
                {
                    null => null,
                    int n => JsonValue.Create(n),
                    double d => JsonValue.Create(d),
                    var other => JsonValue.Create(other.ToString()),
                };
            }
            array.Add(item);
        }
        return JsonSerializer.SerializeToUtf8Bytes(array);
    }
}
