using System.Globalization;
using MipgTeams.Domain.Settings;

namespace MipgTeams.Domain.Reminders;

/// <summary>
/// What admins set in the SharePoint settings list (Configuración) for reminders. A missing or unreadable value keeps its
/// default and is reported in <see cref="Problems"/> (Spanish, naming the setting), so a typo never stops the reminders.
/// </summary>
public sealed record ReminderSettings
{
    public const string LeaderDeadlineKey = "PlazoLiderDiasHabiles";
    public const string QualityDeadlineKey = "PlazoCalidadDiasHabiles";
    public const string ReminderHourKey = "HoraRecordatorio";
    public const string ReviewPeriodKey = "PeriodoRevisionMeses";
    public const string QualityChannelKey = "CanalEquipoCalidad";
    public const string WeeklySummaryDayKey = "DiaResumenSemanal";

    public int LeaderDeadlineDays { get; init; } = 5;
    public int QualityDeadlineDays { get; init; } = 3;
    /// <summary>Local time (America/Bogota) of the daily digest.</summary>
    public TimeOnly ReminderTime { get; init; } = new(8, 0);
    public int ReviewPeriodMonths { get; init; } = 24;
    /// <summary>The Teams channel (conversation id) of the quality team, for the weekly summary; none, no summary.</summary>
    public string? QualityChannelId { get; init; }
    public DayOfWeek WeeklySummaryDay { get; init; } = DayOfWeek.Monday;
    public IReadOnlyList<string> Problems { get; init; } = [];

    public static ReminderSettings From(IEnumerable<AppSetting> rows)
    {
        var values = rows.GroupBy(r => r.Key.Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Last().Value.Trim(), StringComparer.OrdinalIgnoreCase);
        var problems = new List<string>();
        var defaults = new ReminderSettings();
        return new ReminderSettings
        {
            LeaderDeadlineDays = Days(values, LeaderDeadlineKey, defaults.LeaderDeadlineDays, problems),
            QualityDeadlineDays = Days(values, QualityDeadlineKey, defaults.QualityDeadlineDays, problems),
            ReminderTime = Hour(values, defaults.ReminderTime, problems),
            ReviewPeriodMonths = Number(values, ReviewPeriodKey, defaults.ReviewPeriodMonths, 1, 120, "meses", problems),
            QualityChannelId = values.TryGetValue(QualityChannelKey, out var channel) && channel.Length > 0 ? channel : null,
            WeeklySummaryDay = Day(values, defaults.WeeklySummaryDay, problems),
            Problems = problems,
        };
    }

    public int DeadlineFor(MipgTeams.Domain.ChangeRequests.ChangeRequestStatus step) =>
        step == MipgTeams.Domain.ChangeRequests.ChangeRequestStatus.PendingQuality ? QualityDeadlineDays : LeaderDeadlineDays;

    private static int Days(Dictionary<string, string> values, string key, int fallback, List<string> problems) =>
        Number(values, key, fallback, 1, 60, "días hábiles", problems);

    private static int Number(Dictionary<string, string> values, string key, int fallback, int min, int max, string unit, List<string> problems) =>
        Read(values, key, fallback, problems,
            text => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max ? value : null,
            text => $"El valor «{text}» de {key} no es un número de {unit} entre {min} y {max}; se usa {fallback}.");

    private static TimeOnly Hour(Dictionary<string, string> values, TimeOnly fallback, List<string> problems) =>
        Read(values, ReminderHourKey, fallback, problems,
            text => TimeOnly.TryParseExact(text, ["HH:mm", "H:mm", "HH"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null,
            text => $"El valor «{text}» de {ReminderHourKey} no es una hora como 08:00; se usa {fallback:HH\\:mm}.");

    private static DayOfWeek Day(Dictionary<string, string> values, DayOfWeek fallback, List<string> problems) =>
        Read(values, WeeklySummaryDayKey, fallback, problems,
            text => TextFolding.Fold(text) switch
            {
                "lunes" => DayOfWeek.Monday,
                "martes" => DayOfWeek.Tuesday,
                "miercoles" => DayOfWeek.Wednesday,
                "jueves" => DayOfWeek.Thursday,
                "viernes" => DayOfWeek.Friday,
                _ => null,
            },
            text => $"El valor «{text}» de {WeeklySummaryDayKey} no es un día hábil de la semana (lunes a viernes); se usa el lunes.");

    // A missing setting keeps its default quietly; one that does not parse keeps it too, and the problem is said.
    private static T Read<T>(Dictionary<string, string> values, string key, T fallback, List<string> problems, Func<string, T?> parse, Func<string, string> problem)
        where T : struct
    {
        if (!values.TryGetValue(key, out var text))
        {
            return fallback;
        }
        if (parse(text) is { } value)
        {
            return value;
        }
        problems.Add(problem(text));
        return fallback;
    }
}
