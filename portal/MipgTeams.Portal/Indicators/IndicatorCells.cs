using System.Globalization;

namespace MipgTeams.Portal.Indicators;

/// <summary>How a table cell reads on the page: numbers the Colombian way (1.234 and 4,5), nothing as a dash.</summary>
internal static class IndicatorCells
{
    private static readonly CultureInfo Colombia = CultureInfo.GetCultureInfo("es-CO");

    public static string Text(object? value) => value switch
    {
        null => "—",
        int n => n.ToString("N0", Colombia),
        double d => d.ToString("#,0.#", Colombia),
        _ => value.ToString() ?? "",
    };

    public static bool IsNumber(object? value) => value is int or double;
}
