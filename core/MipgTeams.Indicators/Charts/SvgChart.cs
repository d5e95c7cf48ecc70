using System.Globalization;
using System.Net;
using System.Text;

namespace MipgTeams.Indicators.Charts;

/// <summary>
/// Bar and line charts as inline SVG, drawn on the server: no script, no inline style (the portal's CSP allows neither),
/// colours as presentation attributes. Each chart is an image with a title and a description that points to the table
/// with the same numbers beside it, which is what screen readers read.
/// </summary>
public static class SvgChart
{
    public const int Width = 640;
    public const int Height = 300;
    private const int Left = 48;
    private const int Right = 12;
    private const int Top = 16;
    private const int Bottom = 64;

    /// <summary>Colours with at least 4.5:1 contrast on white, so bars and legend marks are told apart without colour vision too (legend order = drawing order).</summary>
    public static readonly IReadOnlyList<string> Palette = ["#1f4e79", "#b34700", "#3b6e22", "#6a2c91", "#8a6d00"];

    public static string Bars(string id, string title, IReadOnlyList<string> categories, IReadOnlyList<ChartSeries> series, bool stacked)
    {
        var max = categories.Select((_, i) => stacked
            ? series.Sum(s => s.Values[i] ?? 0)
            : series.Select(s => s.Values[i] ?? 0).DefaultIfEmpty(0).Max()).DefaultIfEmpty(0).Max();
        var scale = NiceMax(max);
        var svg = Open(id, title);
        Axis(svg, scale, "");
        var plotWidth = Width - Left - Right;
        var band = categories.Count == 0 ? plotWidth : plotWidth / (double)categories.Count;
        var groupWidth = band * 0.7;
        for (var c = 0; c < categories.Count; c++)
        {
            var x0 = Left + (c * band) + ((band - groupWidth) / 2);
            var baseline = 0.0;
            for (var s = 0; s < series.Count; s++)
            {
                var value = series[s].Values[c] ?? 0;
                if (value <= 0)
                {
                    continue;
                }
                var barWidth = stacked ? groupWidth : groupWidth / series.Count;
                var x = stacked ? x0 : x0 + (s * barWidth);
                var y1 = Y(stacked ? baseline + value : value, scale);
                var y0 = Y(stacked ? baseline : 0, scale);
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{F(x)}\" y=\"{F(y1)}\" width=\"{F(barWidth - 1)}\" height=\"{F(y0 - y1)}\" fill=\"{Palette[s % Palette.Count]}\"><title>{E(series[s].Name)}, {E(categories[c])}: {F(value)}</title></rect>");
                baseline += value;
            }
            Label(svg, Left + (c * band) + (band / 2), categories[c]);
        }
        Legend(svg, series);
        return svg.Append("</svg>").ToString();
    }

    /// <summary>A line per series over the categories, on a 0–100 scale (percentages).</summary>
    public static string PercentLines(string id, string title, IReadOnlyList<string> categories, IReadOnlyList<ChartSeries> series)
    {
        var svg = Open(id, title);
        Axis(svg, 100, " %");
        var plotWidth = Width - Left - Right;
        var band = categories.Count == 0 ? plotWidth : plotWidth / (double)categories.Count;
        for (var s = 0; s < series.Count; s++)
        {
            var colour = Palette[s % Palette.Count];
            var points = series[s].Values.Select((v, c) => (v, x: Left + (c * band) + (band / 2))).Where(p => p.v is not null).ToList();
            if (points.Count > 1)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"2.5\" points=\"{string.Join(' ', points.Select(p => $"{F(p.x)},{F(Y(p.v!.Value, 100))}"))}\"/>");
            }
            foreach (var (v, x) in points)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{F(x)}\" cy=\"{F(Y(v!.Value, 100))}\" r=\"4\" fill=\"{colour}\"><title>{E(series[s].Name)}: {F(v.Value)} %</title></circle>");
            }
        }
        for (var c = 0; c < categories.Count; c++)
        {
            Label(svg, Left + (c * band) + (band / 2), categories[c]);
        }
        Legend(svg, series);
        return svg.Append("</svg>").ToString();
    }

    /// <summary>The top of the axis: 1, 2 or 5 times a power of ten, at least the largest value (at least 1).</summary>
    public static double NiceMax(double max)
    {
        if (max <= 1)
        {
            return 1;
        }
        var power = Math.Pow(10, Math.Floor(Math.Log10(max)));
        foreach (var step in new[] { 1.0, 2, 2.5, 5, 10 })
        {
            if (step * power >= max)
            {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static StringBuilder Open(string id, string title) => new StringBuilder()
        .Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"{E(id)}-titulo {E(id)}-desc\" class=\"grafico\" font-family=\"sans-serif\" font-size=\"12\">")
        .Append(CultureInfo.InvariantCulture, $"<title id=\"{E(id)}-titulo\">{E(title)}</title><desc id=\"{E(id)}-desc\">Gráfico; los mismos valores están en la tabla que lo acompaña.</desc>");

    private static void Axis(StringBuilder svg, double scale, string unit)
    {
        for (var i = 0; i <= 4; i++)
        {
            var value = scale * i / 4;
            var y = Y(value, scale);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{F(y)}\" y2=\"{F(y)}\" stroke=\"#d0d0d0\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{F(y + 4)}\" text-anchor=\"end\" fill=\"#333\">{F(value)}{unit}</text>");
        }
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{Height - Bottom}\" y2=\"{Height - Bottom}\" stroke=\"#333\"/>");
    }

    private static void Label(StringBuilder svg, double x, string text) =>
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(x)}\" y=\"{Height - Bottom + 16}\" text-anchor=\"middle\" fill=\"#333\">{E(Shorten(text))}</text>");

    private static void Legend(StringBuilder svg, IReadOnlyList<ChartSeries> series)
    {
        var x = (double)Left;
        var y = Height - 22;
        for (var s = 0; s < series.Count; s++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{F(x)}\" y=\"{y - 10}\" width=\"12\" height=\"12\" fill=\"{Palette[s % Palette.Count]}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(x + 16)}\" y=\"{y}\" fill=\"#333\">{E(series[s].Name)}</text>");
            x += 28 + (series[s].Name.Length * 6.5);
        }
    }

    private static double Y(double value, double scale) => Top + ((Height - Top - Bottom) * (1 - (value / scale)));

    private static string Shorten(string text) => text.Length <= 22 ? text : text[..21] + "…";

    private static string F(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
