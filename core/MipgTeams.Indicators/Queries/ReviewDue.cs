namespace MipgTeams.Indicators.Queries;

/// <summary>
/// Current documents whose periodic review (PeriodoRevisionMeses after approval) is overdue or falls due within the next
/// <see cref="SoonMonths"/> months, by process.
/// </summary>
public sealed record ReviewDue(DateOnly Today, int PeriodMonths, int SoonMonths, IReadOnlyList<ReviewDueProcess> ByProcess)
{
    public int Overdue => ByProcess.Sum(p => p.Overdue);

    public int DueSoon => ByProcess.Sum(p => p.DueSoon);
}

public sealed record ReviewDueProcess(string ProcessCode, string ProcessName, int DueSoon, int Overdue);
