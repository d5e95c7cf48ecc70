using MipgTeams.Domain.Time;
using System.Globalization;
using System.Text.RegularExpressions;
using MipgTeams.Bot.Protocol;
using MipgTeams.Store;

namespace MipgTeams.Bot.ChangeRequests.Reports;

/// <summary>
/// "informe comité [desde] [hasta]" (dates as 2026-11-01 or 01/11/2026; default: this month to today), for quality team
/// members: the summary card with links to the CSV and the Excel file.
/// </summary>
internal sealed partial class CommitteeReportCommand(
    IDbContextFactory<MipgDbContext> dbFactory, CommitteeReportBuilder builder, ReportLinks links, TimeProvider time) : IMessageCommand
{
    public bool AnswersPrivately => true;

    public bool Matches(string folded) => Prefix().IsMatch(folded);

    public async Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var objectId = turn.Activity.From?.AadObjectId;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            if (objectId is null || !(await DecidersLookup.QualityTeamAsync(db, cancellationToken)).Any(p => p.HasObjectId(objectId)))
            {
                await turn.ReplyAsync("El informe para el Comité es para el equipo de calidad.", cancellationToken);
                return;
            }
        }
        var dates = DatePattern().Matches(turn.Text).Select(m => Parse(m.Value)).ToList();
        if (dates.Any(d => d is null) || dates.Count > 2 || !OnlyAPeriod(turn.Text))
        {
            await turn.ReplyAsync("No entendí una de las fechas. Escríbelas así: \"informe comité 2026-11-01 2026-11-30\" o \"informe comité 01/11/2026 30/11/2026\".", cancellationToken);
            return;
        }
        var today = BogotaTime.Today(time);
        var from = dates.Count > 0 ? dates[0]!.Value : new DateOnly(today.Year, today.Month, 1);
        var to = dates.Count > 1 ? dates[1]!.Value : today;
        if (to < from || to.DayNumber - from.DayNumber > 366)
        {
            await turn.ReplyAsync("El periodo no es válido: la fecha final debe ser posterior a la inicial y el periodo de máximo un año.", cancellationToken);
            return;
        }
        var report = await builder.BuildAsync(from, to, cancellationToken);
        await turn.ReplyWithCardAsync(CommitteeReportCard.Create(report, links.Create("csv", from, to), links.Create("xlsx", from, to), links.Indicators(from)), cancellationToken);
    }

    // After the command only dates and the words around them ("desde el … hasta el …"): anything else is a period the
    // person meant and the bot did not understand, which must not silently become this month.
    private static bool OnlyAPeriod(string text)
    {
        var rest = DatePattern().Replace(Prefix().Replace(CommandText.Of(text), " "), " ");
        return rest.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).All(PeriodWords.Contains);
    }

    private static readonly HashSet<string> PeriodWords = ["desde", "hasta", "del", "de", "al", "a", "el", "entre", "y", "periodo"];

    private static DateOnly? Parse(string text) =>
        DateOnly.TryParseExact(text, ["yyyy-MM-dd", "d/M/yyyy", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    [GeneratedRegex(@"^\s*informe (del |al |para el )?comite\b", RegexOptions.CultureInvariant)]
    private static partial Regex Prefix();

    [GeneratedRegex(@"\b(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/\d{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();
}
