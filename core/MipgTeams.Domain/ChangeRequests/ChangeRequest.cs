using MipgTeams.Domain.People;
using MipgTeams.Domain.Processes;

namespace MipgTeams.Domain.ChangeRequests;

/// <summary>
/// A request to create, modify, re-version or remove a controlled document, and its way through the leader of the
/// document's process and the quality team to publication. Every move checks the state, the person and the version it
/// was made on, changes the state, bumps <see cref="Version"/> and records an audit event; an illegal move throws.
/// </summary>
public sealed class ChangeRequest : IBelongsToProcess
{
    public const int MaxComment = 1000;
    private readonly List<ChangeRequestEvent> events = [];

    private ChangeRequest()
    {
    }

    public long Id { get; private set; }
    public ChangeKind Kind { get; private set; }
    /// <summary>The document's code; null when a new document is requested (then <see cref="Title"/> names it).</summary>
    public string? DocumentCode { get; private set; }
    public string ProcessCode { get; private set; } = "";
    public string? Title { get; private set; }
    public string Description { get; private set; } = "";
    public string Reason { get; private set; } = "";
    public string? DraftUrl { get; private set; }
    public Person Requester { get; private set; } = null!;
    public ChangeRequestStatus Status { get; private set; }
    /// <summary>Grows by one at every transition; decisions carry it, and the store uses it as the concurrency token.</summary>
    public int Version { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    /// <summary>The comment of the last rejection, shown to the requester while the request is returned.</summary>
    public string? LastComment { get; private set; }

    /// <summary>
    /// The requester and the form the request was sent from ("objectId:formId"): a second click on the same form finds
    /// this request instead of registering another. Null for requests not sent from a form.
    /// </summary>
    public string? SubmissionKey { get; private set; }

    /// <summary>
    /// The document's current file when the request was submitted, as the library named it (item id) and versioned it
    /// (content tag, the eTag on SharePoint). Publication stops if the file is no longer that one: a change made in the
    /// library after the requester wrote the draft is never overwritten. Null for a new document, and for requests
    /// submitted before this was recorded (publication then compares with the file as it was at validation).
    /// </summary>
    public string? BaseItemId { get; private set; }

    /// <inheritdoc cref="BaseItemId"/>
    public string? BaseTag { get; private set; }

    /// <summary>Records the file the request is based on (see <see cref="BaseItemId"/>); null clears it.</summary>
    public void RecordBase(string? itemId, string? tag)
    {
        BaseItemId = itemId;
        BaseTag = itemId is null ? null : tag;
    }

    /// <summary>The audit trail: events recorded by this instance (and, when loaded by the store, the earlier ones).</summary>
    public IReadOnlyList<ChangeRequestEvent> Events => events;

    public ChangeDetails Details => new(Kind, DocumentCode, ProcessCode, Title, Description, Reason, DraftUrl);

    public bool IsOpen => Status.IsOpen();

    public static ChangeRequest Submit(ChangeDetails details, Person requester, DateTimeOffset at, string? submissionKey = null)
    {
        if (string.IsNullOrWhiteSpace(requester.EntraObjectId))
        {
            throw new NotAllowedException("No pude identificar tu cuenta de Microsoft Entra; sin ella no se puede registrar la solicitud.");
        }
        var request = new ChangeRequest { Requester = requester, CreatedAt = at, Status = ChangeRequestStatus.PendingLeader, SubmissionKey = submissionKey };
        request.Apply(details);
        request.Move(ChangeRequestEventType.Submitted, ChangeRequestStatus.PendingLeader, ActorOf(requester), at, null);
        return request;
    }

    /// <summary>The leader approves; a comment (optional, e.g. a condition for the quality team) goes into the history.</summary>
    public void ApproveAsLeader(Actor actor, Deciders deciders, int version, DateTimeOffset at, string? comment = null)
    {
        Expect(ChangeRequestStatus.PendingLeader, "aprobar como líder del proceso", version);
        if (!deciders.IsLeader(actor))
        {
            throw new NotAllowedException(deciders.Leader is null
                ? "El proceso del documento no tiene líder registrado en la lista de procesos; pide al equipo de calidad que lo actualice."
                : $"Solo el líder actual del proceso ({deciders.Leader.DisplayName}) puede aprobar esta solicitud.");
        }
        Move(ChangeRequestEventType.ApprovedByLeader, ChangeRequestStatus.PendingQuality, actor, at, OptionalComment(comment));
    }

    /// <summary>The quality team validates and publishes; a comment (optional) goes into the history.</summary>
    public void ValidateAsQuality(Actor actor, Deciders deciders, int version, DateTimeOffset at, string? comment = null)
    {
        Expect(ChangeRequestStatus.PendingQuality, "validar y publicar", version);
        if (!deciders.IsQualityMember(actor))
        {
            throw new NotAllowedException("Solo un miembro activo del equipo de calidad puede validar esta solicitud.");
        }
        Move(ChangeRequestEventType.ValidatedByQuality, ChangeRequestStatus.Published, actor, at, OptionalComment(comment));
    }

    public void Reject(Actor actor, Deciders deciders, string? comment, int version, DateTimeOffset at)
    {
        if (Status is not (ChangeRequestStatus.PendingLeader or ChangeRequestStatus.PendingQuality))
        {
            throw new InvalidTransitionException(Status, "rechazar");
        }
        CheckVersion(version);
        if (!deciders.CanDecide(Status, actor))
        {
            throw new NotAllowedException(Status == ChangeRequestStatus.PendingLeader
                ? "Solo el líder actual del proceso puede rechazar esta solicitud."
                : "Solo un miembro activo del equipo de calidad puede rechazar esta solicitud.");
        }
        var reason = RequireComment(comment);
        LastComment = reason;
        Move(ChangeRequestEventType.Rejected, ChangeRequestStatus.Returned, actor, at, reason);
    }

    /// <summary>The requester corrects a returned request and sends it again to the process leader.</summary>
    /// <summary>
    /// Throws as <see cref="Resubmit"/> would for the state, the version and the person, before the amended details are
    /// even read: only the requester of a returned request gets to see their corrections checked.
    /// </summary>
    public void CheckCanResubmit(Actor actor, int version)
    {
        Expect(ChangeRequestStatus.Returned, "reenviar", version);
        RequireRequester(actor, "corregir y reenviar");
    }

    public void Resubmit(Actor actor, ChangeDetails amended, int version, DateTimeOffset at)
    {
        CheckCanResubmit(actor, version);
        Apply(amended);
        LastComment = null;
        Move(ChangeRequestEventType.Resubmitted, ChangeRequestStatus.PendingLeader, actor, at, null);
    }

    public void Cancel(Actor actor, int version, DateTimeOffset at, string? comment = null)
    {
        if (!IsOpen)
        {
            throw new InvalidTransitionException(Status, "cancelar");
        }
        CheckVersion(version);
        RequireRequester(actor, "cancelar");
        Move(ChangeRequestEventType.Cancelled, ChangeRequestStatus.Cancelled, actor, at, OptionalComment(comment));
    }

    private static string? OptionalComment(string? comment) => string.IsNullOrWhiteSpace(comment) ? null : RequireComment(comment);

    private void Expect(ChangeRequestStatus expected, string attempted, int version)
    {
        if (Status != expected)
        {
            throw new InvalidTransitionException(Status, attempted);
        }
        CheckVersion(version);
    }

    private void CheckVersion(int version)
    {
        if (version != Version)
        {
            throw new StaleVersionException(version, Version);
        }
    }

    private void RequireRequester(Actor actor, string attempted)
    {
        if (!Requester.HasObjectId(actor.ObjectId))
        {
            throw new NotAllowedException($"Solo quien hizo la solicitud ({Requester.DisplayName}) puede {attempted}.");
        }
    }

    private static string RequireComment(string? comment)
    {
        if (string.IsNullOrWhiteSpace(comment))
        {
            throw new InvalidCommentException("Escribe un comentario que explique el rechazo: el solicitante lo necesita para corregir.");
        }
        var trimmed = comment.Trim();
        return trimmed.Length <= MaxComment
            ? trimmed
            : throw new InvalidCommentException($"El comentario es demasiado largo: {trimmed.Length} caracteres, máximo {MaxComment}.");
    }

    private void Apply(ChangeDetails details)
    {
        var errors = ChangeDetails.Check(details.Kind, details.DocumentCode, details.Title, details.Description, details.Reason, details.DraftUrl);
        if (errors.Count > 0)
        {
            throw new InvalidDetailsException(errors);
        }
        Kind = details.Kind;
        DocumentCode = string.IsNullOrWhiteSpace(details.DocumentCode) ? null : details.DocumentCode.Trim().ToUpperInvariant();
        ProcessCode = details.ProcessCode.Trim().ToUpperInvariant();
        Title = string.IsNullOrWhiteSpace(details.Title) ? null : details.Title.Trim();
        Description = details.Description.Trim();
        Reason = details.Reason.Trim();
        DraftUrl = string.IsNullOrWhiteSpace(details.DraftUrl) ? null : details.DraftUrl.Trim();
    }

    private void Move(ChangeRequestEventType type, ChangeRequestStatus to, Actor actor, DateTimeOffset at, string? comment)
    {
        var from = Status;
        Status = to;
        Version++;
        UpdatedAt = at;
        events.Add(new ChangeRequestEvent(type, from, to, actor, at, comment, Version));
    }

    private static Actor ActorOf(Person person) => new(person.EntraObjectId!, person.DisplayName);
}
