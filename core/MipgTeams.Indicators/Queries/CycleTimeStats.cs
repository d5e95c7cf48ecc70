namespace MipgTeams.Indicators.Queries;

/// <summary>
/// Business days a step took, over the decisions of one quarter (<see cref="Quarter"/> null: the whole period): how many,
/// the average, median and longest, and the share decided within the Configuración deadline.
/// </summary>
public sealed record CycleTimeStats(CycleStep Step, int Year, int? Quarter, int Count, double Average, double Median, int Max, int DeadlineDays, int WithinDeadline)
{
    /// <summary>Percentage (0–100) decided within the deadline; null when nothing was decided.</summary>
    public double? WithinDeadlinePercent => Count == 0 ? null : Math.Round(100.0 * WithinDeadline / Count, 1);
}
