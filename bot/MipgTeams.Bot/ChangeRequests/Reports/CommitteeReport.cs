namespace MipgTeams.Bot.ChangeRequests.Reports;

/// <summary>
/// The changes to present to the Comité Institucional de Gestión y Desempeño for a period (Bogotá days, both ends
/// included): every request with an event in the period, with who approved and validated it and when.
/// </summary>
internal sealed record CommitteeReport(DateOnly From, DateOnly To, IReadOnlyList<CommitteeReportRow> Rows)
{
    public int Published => Rows.Count(r => r.Status == ChangeRequestStatus.Published);
    public int Returned => Rows.Count(r => r.Status == ChangeRequestStatus.Returned);
    public int Cancelled => Rows.Count(r => r.Status == ChangeRequestStatus.Cancelled);
    public int InProgress => Rows.Count(r => r.Status is ChangeRequestStatus.PendingLeader or ChangeRequestStatus.PendingQuality);
}
