using MipgTeams.Store.Publishing;

namespace MipgTeams.Bot.ChangeRequests.Reports;

/// <summary>
/// One request in the committee report. A validated change also carries its publication: the document's code (a new
/// document's is only known from its job), the version it replaced and the one it published, and how many people
/// confirmed reading it («Leído»), and where its publication is.
/// </summary>
internal sealed record CommitteeReportRow(
    long Id, string? DocumentCode, string? Title, string ProcessCode, ChangeKind Kind, string Description, string Reason, string Requester,
    ChangeRequestStatus Status, DateTimeOffset SubmittedAt, string? ApprovedBy, DateTimeOffset? ApprovedAt, string? ValidatedBy,
    DateTimeOffset? PublishedAt, string? LastComment, string? DraftUrl, string? FromVersion = null, string? ToVersion = null, int? ReadBy = null,
    PublicationJobStatus? Publication = null);
