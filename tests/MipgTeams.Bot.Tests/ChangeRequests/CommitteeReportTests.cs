using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MipgTeams.Bot.ChangeRequests.Reports;
using MipgTeams.Domain.ChangeRequests;
using static MipgTeams.Bot.Tests.ChangeRequests.ChangeRequestScenario;

namespace MipgTeams.Bot.Tests.ChangeRequests;

/// <summary>The committee report; read-only, so the tests share one bot (<see cref="CommitteeReportFixture"/>).</summary>
public sealed class CommitteeReportTests(CommitteeReportFixture fixture) : IClassFixture<CommitteeReportFixture>
{
    private BotHost Bot => fixture.Bot;

    [Fact]
    public async Task The_quality_team_gets_a_summary_card_with_the_published_changes_and_download_links()
    {
        var reply = Assert.Single(await Bot.AskAsync("informe comité", aadObjectId: Lina));

        var visible = Replies.Visible(reply);
        Assert.Contains("Comité Institucional de Gestión y Desempeño", visible, StringComparison.Ordinal);
        Assert.Contains("Publicadas: 1", visible, StringComparison.Ordinal);
        Assert.Contains("En trámite: 1", visible, StringComparison.Ordinal);
        Assert.Contains("#1 · Modificar GLEGN02-P001", visible, StringComparison.Ordinal);
        Assert.Equal(2, Links(reply).Count);
    }

    [Fact]
    public async Task Each_published_change_shows_its_old_and_new_version_and_how_many_read_it()
    {
        var card = Replies.Visible(Assert.Single(await Bot.AskAsync("informe comité", aadObjectId: Lina)));
        var rows = System.Text.Encoding.UTF8.GetString(await DownloadAsync("csv")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(',')).ToList();

        Assert.Contains("#1 · Modificar GLEGN02-P001", card, StringComparison.Ordinal);
        Assert.Contains("4.0 → 4.1 · leída por 1", card, StringComparison.Ordinal);
        Assert.Equal(["Versión anterior", "Versión nueva", "Leído por"], rows[0][^3..]);
        Assert.Equal(["4.0", "4.1", "1"], rows[1][^3..]);
        Assert.Equal(["", "", ""], rows[2][^3..]); // still with the leader: nothing published, nobody to read it
    }

    [Fact]
    public void A_validated_change_not_yet_published_says_so_and_a_removal_has_no_new_version()
    {
        var validated = new CommitteeReportRow(7, "GLEGN02-F003", null, "GLEGN02", ChangeKind.Remove, "Se retira", "Ya no se usa", "Ana",
            ChangeRequestStatus.Published, DateTimeOffset.UnixEpoch, null, null, "Lina", DateTimeOffset.UnixEpoch, null, null, "1.0", CommitteeReportBuilder.RetiredVersion,
            Publication: MipgTeams.Store.Publishing.PublicationJobStatus.Pending);
        var stopped = validated with { Id = 8, Publication = MipgTeams.Store.Publishing.PublicationJobStatus.Conflict };
        var report = new CommitteeReport(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), [validated, stopped]);

        var card = CommitteeReportCard.Create(report, "https://bot/c.csv", "https://bot/c.xlsx").ToJsonString(
            new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        Assert.Contains("1.0 → Retirado (Obsoleto) · publicación en curso", card, StringComparison.Ordinal);
        Assert.Contains("1.0 → Retirado (Obsoleto) · publicación detenida (ver «pendientes»)", card, StringComparison.Ordinal);
        Assert.Equal(["1.0", "Retirado (Obsoleto)", ""], CommitteeReportTable.Rows(report).First()[^3..]);
    }

    [Fact]
    public void With_a_portal_configured_the_card_links_to_the_quarters_indicators()
    {
        var report = new CommitteeReport(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), []);
        var url = ReportLinks.IndicatorsPage("https://portal.cartagena.gov.co/", report.From);

        var card = CommitteeReportCard.Create(report, "https://bot/c.csv", "https://bot/c.xlsx", url).ToJsonString();

        Assert.Equal("https://portal.cartagena.gov.co/indicadores?anio=2026&trimestre=4", url);
        Assert.Contains("Ver indicadores del trimestre", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Ver indicadores", CommitteeReportCard.Create(report, "https://bot/c.csv", "https://bot/c.xlsx").ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_quality_team_may_ask_for_the_report()
    {
        var reply = Assert.Single(await Bot.AskAsync("informe comité", aadObjectId: Andrea));

        Assert.Contains("es para el equipo de calidad", Replies.Visible(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_csv_lists_every_request_of_the_period_safely_quoted()
    {
        var csv = await DownloadAsync("csv");

        var text = System.Text.Encoding.UTF8.GetString(csv);
        Assert.StartsWith("\uFEFFSolicitud,Código,Documento,Proceso,Tipo de cambio", text, StringComparison.Ordinal);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("1,GLEGN02-P001,", lines[1], StringComparison.Ordinal);
        Assert.Contains("Publicada", lines[1], StringComparison.Ordinal);
        Assert.Contains("Andrea Carolina Ríos Vega", lines[1], StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"http://malo\"\")\"", lines[2], StringComparison.Ordinal);
        Assert.Contains("\"Cambio, con \"\"comillas\"\"\"", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_xlsx_has_the_same_rows_as_a_workbook()
    {
        var bytes = await DownloadAsync("xlsx");

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(CommitteeReportTable.Header, rows[0]);
        Assert.Equal("GLEGN02-P001", rows[1][1]);
        Assert.Equal(ChangeRequestStatus.Published.Label(), rows[1][8]);
        Assert.Equal("Lina Pérez Solano", rows[1][12]);
        Assert.Equal(["4.0", "4.1", "1"], rows[1][^3..]);
    }

    [Fact]
    public async Task A_tampered_or_expired_link_is_refused()
    {
        var reply = Assert.Single(await Bot.AskAsync("informe comité", aadObjectId: Lina));
        var link = new Uri(Links(reply).First());

        var tampered = await Bot.Client.GetAsync(link.PathAndQuery.Replace("from=", "from=1", StringComparison.Ordinal));
        var unsigned = await Bot.Client.GetAsync("/api/reports/committee.csv?from=2026-01-01&to=2026-12-31&exp=9999999999&sig=00");

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, tampered.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, unsigned.StatusCode);
    }

    [Fact]
    public async Task A_period_with_bad_dates_is_explained()
    {
        var reply = Assert.Single(await Bot.AskAsync("informe comité 2026-13-45", aadObjectId: Lina));
        var reversed = Assert.Single(await Bot.AskAsync("informe comité 2026-11-30 2026-11-01", aadObjectId: Lina));

        Assert.Contains("No entendí una de las fechas", Replies.Visible(reply), StringComparison.Ordinal);
        Assert.Contains("El periodo no es válido", Replies.Visible(reversed), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("informe comité del mes pasado")]
    [InlineData("informe comité 2026-11-01 2026-11-15 2026-11-30")]
    [InlineData("informe comité <script> **x**")]
    public async Task A_period_it_cannot_read_is_explained_not_replaced_by_this_month(string text)
    {
        var reply = Assert.Single(await Bot.AskAsync(text, aadObjectId: Lina));

        Assert.Contains("No entendí una de las fechas", Replies.Visible(reply), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("informe comité desde el 2026-11-01 hasta el 2026-11-20")]
    [InlineData("informe del comité 01/11/2026 al 20/11/2026.")]
    public async Task A_period_said_in_words_around_the_dates_is_read(string text)
    {
        var reply = Assert.Single(await Bot.AskAsync(text, aadObjectId: Lina));

        Assert.Contains("Periodo: 01/11/2026 a 20/11/2026", Replies.Visible(reply), StringComparison.Ordinal);
    }

    private async Task<byte[]> DownloadAsync(string format)
    {
        var reply = Assert.Single(await Bot.AskAsync("informe comité", aadObjectId: Lina));
        var link = new Uri(Links(reply).Single(l => l.Contains("committee." + format, StringComparison.Ordinal)));
        var response = await Bot.Client.GetAsync(link.PathAndQuery);
        response.EnsureSuccessStatusCode();
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition?.ToString() ?? "", StringComparison.Ordinal);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static List<string> Links(System.Text.Json.Nodes.JsonObject reply) =>
        Replies.Card(reply).ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).Split('"').Where(s => s.Contains("/api/reports/committee.", StringComparison.Ordinal)).ToList();
}
