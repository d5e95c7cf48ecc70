using Microsoft.Extensions.Options;
using MipgTeams.Domain.People;
using MipgTeams.SharePoint.Publishing;
using MipgTeams.SharePoint.WriteBack;
using MipgTeams.Store;
using MipgTeams.Store.ChangeRequests;

namespace MipgTeams.Bot.ChangeRequests;

/// <summary>
/// The change-request workflow over the store. Each move runs in one transaction: the domain transition (checked against
/// who may decide now and the version the person saw), stored with the version as concurrency token so that of two
/// racing decisions exactly one is applied; then, in the same transaction, the outbox messages and the write-back job.
/// </summary>
internal sealed class ChangeRequestService(
    IDbContextFactory<MipgDbContext> dbFactory, ChangeRequestNotifier notifier, IOptions<WriteBackOptions> writeBack, PublicationPlanner planner, TimeProvider time,
    ILogger<ChangeRequestService> logger)
{
    public async Task<ChangeRequestOutcome> SubmitAsync(Actor actor, ChangeRequestInput input, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (details, errors) = await ChangeRequestInputResolver.ResolveAsync(db, input, cancellationToken);
        if (details is null)
        {
            return ChangeRequestOutcome.Invalid(errors);
        }
        var key = input.FormId is { } formId ? $"{actor.ObjectId}:{formId:N}" : null;
        if (key is not null && await SubmittedFromAsync(db, key, cancellationToken) is { } earlier)
        {
            return earlier; // a second click on a form already sent
        }
        ChangeRequest request;
        try
        {
            request = ChangeRequest.Submit(details, new Person(actor.Name, "", actor.ObjectId), time.GetUtcNow(), key);
        }
        catch (InvalidDetailsException e)
        {
            return ChangeRequestOutcome.Invalid(e.Errors);
        }
        catch (ChangeRequestException e)
        {
            return ChangeRequestOutcome.Refused(e.Message);
        }
        // The file the requester saw: publication stops if it changes before the new version goes out.
        await PublicationPlanner.RecordBaseAsync(db, request, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ChangeRequests.Add(request);
        try
        {
            await db.SaveChangesAsync(cancellationToken); // the id, which cards and outbox keys carry
        }
        catch (DbUpdateException) when (key is not null)
        {
            // Two clicks at once on the same form: the other one registered it.
            await transaction.RollbackAsync(cancellationToken);
            await using var fresh = await dbFactory.CreateDbContextAsync(cancellationToken);
            return await SubmittedFromAsync(fresh, key, cancellationToken) ?? throw new InvalidOperationException("Submission conflict without a request.");
        }
        var deciders = await DecidersLookup.ForAsync(db, request.ProcessCode, cancellationToken);
        await AfterTransitionAsync(db, request, deciders, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Change request {Id} submitted for {Code} ({Kind})", request.Id, request.DocumentCode, request.Kind);
        return ChangeRequestOutcome.Done(request, deciders);
    }

    private static async Task<ChangeRequestOutcome?> SubmittedFromAsync(MipgDbContext db, string key, CancellationToken cancellationToken)
    {
        var request = await db.ChangeRequests.AsNoTracking().Include(r => r.Events).FirstOrDefaultAsync(r => r.SubmissionKey == key, cancellationToken);
        return request is null ? null : ChangeRequestOutcome.Decided(request, await DecidersLookup.ForAsync(db, request.ProcessCode, cancellationToken));
    }

    /// <summary>
    /// Approve, validate, reject or cancel, as the verb says, on the version the person saw. Validation also writes the
    /// publication job (same transaction), and is refused when the request could not be published as it is.
    /// </summary>
    public Task<ChangeRequestOutcome> DecideAsync(
        long requestId, int version, string verb, Actor actor, string? comment, CancellationToken cancellationToken, PublicationChoices? choices = null) =>
        MoveAsync(requestId, version, actor, async (request, deciders, named, now, db) =>
        {
            switch (verb)
            {
                case ChangeRequestVerbs.Approve:
                    request.ApproveAsLeader(named, deciders, version, now, comment);
                    break;
                case ChangeRequestVerbs.Validate:
                    await ValidateAsync(db, request, deciders, named, version, now, comment, choices ?? new PublicationChoices(), cancellationToken);
                    break;
                case ChangeRequestVerbs.Reject:
                    request.Reject(named, deciders, comment, version, now);
                    break;
                case ChangeRequestVerbs.Cancel:
                    request.Cancel(named, version, now);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(verb), verb, "Not a decision verb.");
            }
            return null;
        }, cancellationToken);

    private async Task ValidateAsync(
        MipgDbContext db, ChangeRequest request, Deciders deciders, Actor actor, int version, DateTimeOffset now, string? comment, PublicationChoices choices,
        CancellationToken cancellationToken)
    {
        // Who and when first (the domain says it), then whether it can be published: the draft is only looked at for
        // the person who may validate.
        if (request.Status != ChangeRequestStatus.PendingQuality || version != request.Version || !deciders.IsQualityMember(actor))
        {
            request.ValidateAsQuality(actor, deciders, version, now, comment);
            return;
        }
        var (job, refusal) = await planner.PlanAsync(db, request, choices, now, cancellationToken);
        if (job is null)
        {
            throw new CannotPublishException(refusal!);
        }
        request.ValidateAsQuality(actor, deciders, version, now, comment);
        db.PublicationJobs.Add(job);
    }

    /// <summary>The requester's corrected request goes back to the process leader.</summary>
    public Task<ChangeRequestOutcome> ResubmitAsync(long requestId, int version, Actor actor, ChangeRequestInput input, CancellationToken cancellationToken) =>
        MoveAsync(requestId, version, actor, async (request, _, named, now, db) =>
        {
            request.CheckCanResubmit(named, version); // nobody else sees their input checked against the request
            var (details, errors) = await ChangeRequestInputResolver.ResolveAsync(db, input, cancellationToken);
            if (details is null)
            {
                return errors;
            }
            var before = (request.Kind, request.DocumentCode);
            request.Resubmit(named, details, version, now);
            if (before != (request.Kind, request.DocumentCode) || (request.BaseItemId is null && request.Kind != ChangeKind.Create))
            {
                // Another document (or kind): its baseline is its file as it is now. The same document keeps the
                // baseline of the first submission, the file the draft was written against.
                await PublicationPlanner.RecordBaseAsync(db, request, cancellationToken);
            }
            return null;
        }, cancellationToken);

    /// <summary>The request with its history and who decides it now; null when there is none with that id.</summary>
    public async Task<(ChangeRequest Request, Deciders Deciders)?> FindAsync(long requestId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var request = await db.ChangeRequests.AsNoTracking().Include(r => r.Events).FirstOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        return request is null ? null : (request, await DecidersLookup.ForAsync(db, request.ProcessCode, cancellationToken));
    }

    private async Task<ChangeRequestOutcome> MoveAsync(
        long requestId, int version, Actor actor,
        Func<ChangeRequest, Deciders, Actor, DateTimeOffset, MipgDbContext, Task<IReadOnlyDictionary<string, string>?>> move, CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var request = await db.ChangeRequests.Include(r => r.Events).FirstOrDefaultAsync(r => r.Id == requestId, cancellationToken);
            if (request is null)
            {
                return ChangeRequestOutcome.Refused($"No encontré la solicitud #{requestId}.");
            }
            var deciders = await DecidersLookup.ForAsync(db, request.ProcessCode, cancellationToken);
            actor = Named(actor, request, deciders);
            try
            {
                if (await move(request, deciders, actor, time.GetUtcNow(), db) is { } errors)
                {
                    return ChangeRequestOutcome.Invalid(errors, request);
                }
            }
            catch (InvalidDetailsException e)
            {
                return ChangeRequestOutcome.Invalid(e.Errors, request);
            }
            catch (ChangeRequestException) when (version != request.Version)
            {
                // A double click or a second approver: the request already moved on from the version this person saw.
                return ChangeRequestOutcome.Decided(request, deciders);
            }
            catch (NotAllowedException e)
            {
                await notifier.EnsureLeaderCardAsync(db, request, deciders, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                logger.LogInformation("Change request {Id}: a move by {Actor} was refused (not allowed)", requestId, actor.ObjectId);
                return ChangeRequestOutcome.NotTheirs(e.Message, request, deciders);
            }
            catch (ChangeRequestException e)
            {
                return ChangeRequestOutcome.Refused(e.Message, request, deciders);
            }
            await db.SaveChangesAsync(cancellationToken); // the version check: 0 rows updated if someone else was first
            await AfterTransitionAsync(db, request, deciders, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Change request {Id} is now {Status} (version {Version})", request.Id, request.Status, request.Version);
            return ChangeRequestOutcome.Done(request, deciders);
        }
        catch (DbUpdateException e)
        {
            logger.LogInformation("Change request {Id}: a concurrent decision won ({Error})", requestId, e.GetType().Name);
            return await FindAsync(requestId, cancellationToken) is { } current
                ? ChangeRequestOutcome.Decided(current.Request, current.Deciders)
                : ChangeRequestOutcome.Refused($"No encontré la solicitud #{requestId}.");
        }
    }

    /// <summary>The audit names people as the lists do (the Teams display name is only the fallback); the id stays the invoke's.</summary>
    private static Actor Named(Actor actor, ChangeRequest request, Deciders deciders)
    {
        var known = new[] { deciders.Leader, request.Requester }.Concat(deciders.QualityTeam).FirstOrDefault(p => p?.HasObjectId(actor.ObjectId) == true);
        return known is null || string.IsNullOrWhiteSpace(known.DisplayName) ? actor : actor with { Name = known.DisplayName };
    }

    private async Task AfterTransitionAsync(MipgDbContext db, ChangeRequest request, Deciders deciders, CancellationToken cancellationToken)
    {
        await notifier.OnTransitionAsync(db, request, deciders, cancellationToken);
        if (writeBack.Value.Enabled)
        {
            var job = await db.WriteBackJobs.FirstOrDefaultAsync(j => j.ChangeRequestId == request.Id, cancellationToken);
            WriteBackJob.Touch(db, job, request, time.GetUtcNow());
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
