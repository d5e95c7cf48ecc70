using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MipgTeams.Domain.Settings;
using MipgTeams.Indicators.Access;
using MipgTeams.Indicators.Charts;
using MipgTeams.Indicators.Exports;
using MipgTeams.Indicators.Tables;
using MipgTeams.TestSupport;

namespace MipgTeams.Indicators.Tests;

/// <summary>What leaves the indicators (feeds, Excel, charts) and who may see them, on the SQLite known history.</summary>
public sealed class ExportsAndAccessTests() : KnownHistoryTests(StoreProvider.Sqlite)
{
    private IndicatorReport report = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        report = await Queries.LoadAsync(new IndicatorFilter(2026));
    }

    [Fact]
    public void The_csv_feed_has_stable_keys_and_invariant_numbers()
    {
        var csv = Encoding.UTF8.GetString(IndicatorCsv.Write(IndicatorTables.CycleTimes.From(report))).TrimStart('\uFEFF');
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("paso,trimestre,decisiones,promedio,mediana,maximo,plazo,a_tiempo,porcentaje_a_tiempo", lines[0]);
        Assert.Contains("Aprobación del líder,2026-T2,2,4.5,4.5,8,5,1,50", lines);
        Assert.Contains("Aprobación del líder,2026-T3,0,0,0,0,5,0,", lines);
    }

    [Fact]
    public void The_json_feed_is_an_array_of_flat_objects()
    {
        using var json = JsonDocument.Parse(IndicatorJson.Write(IndicatorTables.Requests.From(report)));

        var q2 = json.RootElement[1];
        Assert.Equal("2026-T2", q2.GetProperty("trimestre").GetString());
        Assert.Equal(2, q2.GetProperty("radicadas").GetInt32());
        Assert.Equal(1, q2.GetProperty("en_tramite").GetInt32());
    }

    [Fact]
    public void The_workbook_has_one_sheet_per_indicator_with_numbers_as_numbers()
    {
        using var stream = new MemoryStream(IndicatorXlsx.Write(IndicatorTables.All(report)));
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;

        Assert.Equal(IndicatorTables.Names, workbook.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));
        var sheet = (WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<Sheet>().First().Id!);
        var rows = sheet.Worksheet.Descendants<Row>().ToList();
        Assert.Equal("Trimestre", rows[1].Elements<Cell>().First().InnerText);
        var q1Modified = rows[2].Elements<Cell>().ElementAt(2);
        Assert.Equal(CellValues.Number, q1Modified.DataType!.Value);
        Assert.Equal("1", q1Modified.CellValue!.Text);
    }

    [Fact]
    public void A_stacked_bar_chart_draws_one_bar_per_nonzero_value_with_its_number_in_a_tooltip()
    {
        var svg = IndicatorCharts.ProcessesModified(report);

        Assert.StartsWith("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("role=\"img\"", svg, StringComparison.Ordinal);
        Assert.Equal(2, svg.Split("<rect x=", StringSplitOptions.None).Length - 1 - 4);
        Assert.Contains("<title>Modificados, 2026-T1: 1</title>", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", svg, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(3, 5)]
    [InlineData(7, 10)]
    [InlineData(18, 20)]
    [InlineData(240, 250)]
    public void The_axis_ends_on_a_round_number(double max, double expected) => Assert.Equal(expected, SvgChart.NiceMax(max));

    [Fact]
    public async Task Quality_members_and_committee_members_may_see_the_indicators_and_nobody_else()
    {
        await using var db = Store.CreateDbContext();
        Assert.True(await db.MaySeeAsync(KnownHistory.Quality.EntraObjectId, default));
        Assert.False(await db.MaySeeAsync(KnownHistory.Rosa.EntraObjectId, default));
        Assert.False(await db.MaySeeAsync(null, default));

        db.Settings.Add(new AppSetting { Key = CommitteeMembers.Key, Value = $"11111111-1111-1111-1111-111111111111; {KnownHistory.Rosa.EntraObjectId!.ToUpperInvariant()}" });
        await db.SaveChangesAsync();

        Assert.True(await db.MaySeeAsync(KnownHistory.Rosa.EntraObjectId, default));
        Assert.False(await db.MaySeeAsync(KnownHistory.Leo.EntraObjectId, default));
    }
}
