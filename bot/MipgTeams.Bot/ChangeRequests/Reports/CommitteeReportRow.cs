using MipgTeams.Domain.ChangeRequests;

namespace MipgTeams.Bot.ChangeRequests.Reports;

/// <summary>One request in the committee report.</summary>
internal sealed record CommitteeReportRow(
    long Id, string? DocumentCode, string? Title, string ProcessCode, ChangeKind Kind, string Description, string Reason, string Requester,
    ChangeRequestStatus Status, DateTimeOffset SubmittedAt, string? ApprovedBy, DateTimeOffset? ApprovedAt, string? ValidatedBy,
    DateTimeOffset? PublishedAt, string? LastComment, string? DraftUrl);
