using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Options;
using MipgTeams.Bot.Outbox.Installation;
using MipgTeams.Bot.Protocol;
using MipgTeams.Store;
using MipgTeams.Store.Outbox;

namespace MipgTeams.Bot.Outbox;

/// <summary>
/// Sends due outbox messages, paced under Teams' limits — which are for the app, so one instance at a time sends: the
/// one holding the sender lease (<see cref="SenderLease"/>; the others skip their passes, and take over when it lapses
/// or is released). The instance that takes over first rebuilds the pacer from the sends of the last hour recorded in
/// the outbox (<see cref="OutboxMessage.LastAttemptAt"/>), so the limits hold across the handover too. Each message is
/// also leased on its own (an atomic conditional update, so two instances never send the same one, even a holder that
/// lost the lease mid-send), and marked delivered — or rescheduled after a 429 (honouring Retry-After) or a transient
/// error with exponential backoff, or failed with the reason when the connector refuses it for good or retries are
/// exhausted. A message that cannot be read is failed at once; one bad message never stops the others. A message for
/// someone the bot cannot reach yet (never met and the app's install refused, or no way to create the chat) waits —
/// retried less and less often, and at once when their chat appears (<see cref="RecipientWake"/>) — until
/// Outbox:RecipientWait has passed; only then is it given up, and the quality coordinator is told (<see cref="DeliveryNotices"/>).
/// Replies a turn could not send in time (<see cref="OutboxReplySink"/>) go out in the order the turn wrote them.
/// </summary>
internal sealed class OutboxSender(
    IDbContextFactory<MipgDbContext> dbFactory, IConnectorClient connector, TeamsPacer pacer, IOptions<OutboxOptions> options,
    TimeProvider time, BotTelemetry telemetry, ILogger<OutboxSender> logger, RecipientReach reach)
{
    /// <summary>Reaches only people the bot has seen, or can create a chat with from what it has seen (tests, benchmarks).</summary>
    public OutboxSender(
        IDbContextFactory<MipgDbContext> dbFactory, IConnectorClient connector, TeamsPacer pacer, IOptions<OutboxOptions> options,
        TimeProvider time, BotTelemetry telemetry, ILogger<OutboxSender> logger)
        : this(dbFactory, connector, pacer, options, time, telemetry, logger, RecipientReach.FromConversationsOnly(options, time))
    {
    }

    // The outbox retries on its own schedule, with backoff and pacing; retrying in line would hold every other
    // conversation behind one failing chat. So every call it makes goes through a client that never retries in line.
    private readonly IConnectorClient connector = connector.WithoutInlineRetries();
    private readonly ConversationResolver resolver = new(connector.WithoutInlineRetries(), reach.Installer, reach.App, reach.Bot, time);
    private SenderLease? lease;

    /// <summary>This instance's name in the sender lease and message leases.</summary>
    public string Instance { get; init; } = $"{LogSafe.Value(Environment.MachineName, 50)}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    /// <summary>Pending messages after the last pass (the outbox depth metric).</summary>
    public int Depth { get; private set; }

    private SenderLease Lease => lease ??= new SenderLease(Instance, options, time);

    /// <summary>One pass: sends what is due if this instance holds the sender lease, and returns how many were delivered.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var delivered = await HoldLeaseAsync(db, cancellationToken) ? await SendBatchAsync(db, cancellationToken) : 0;
        Depth = await db.Outbox.CountAsync(m => m.Status == OutboxStatus.Pending, cancellationToken);
        telemetry.RecordOutboxDepth(Depth);
        return delivered;
    }

    /// <summary>Gives up the sender lease (on a clean stop), so another instance sends from now on.</summary>
    public async Task ReleaseAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await Lease.ReleaseAsync(db, cancellationToken);
    }

    private async Task<int> SendBatchAsync(MipgDbContext db, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = await db.Outbox.AsNoTracking()
            .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now && (m.LeaseUntil == null || m.LeaseUntil < now))
            .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id)
            .Select(m => m.Id)
            .Take(options.Value.BatchSize)
            .ToListAsync(cancellationToken);
        var delivered = 0;
        foreach (var id in due)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                break; // stopping: between two messages, so none is left sent but not recorded
            }
            if (!await HoldLeaseAsync(db, cancellationToken))
            {
                break; // another instance sends now
            }
            if (!await TryLeaseAsync(db, id, now, cancellationToken))
            {
                continue; // another instance took it
            }
            var message = await db.Outbox.SingleAsync(m => m.Id == id, cancellationToken);
            if (await SendOneAsync(db, message, cancellationToken))
            {
                delivered++;
            }
            message.LeaseOwner = null;
            message.LeaseUntil = null;
            await db.SaveChangesAsync(CancellationToken.None); // what was sent is recorded even when stopping
            db.ChangeTracker.Clear();
        }
        return delivered;
    }

    private async Task<bool> HoldLeaseAsync(MipgDbContext db, CancellationToken cancellationToken)
    {
        switch (await Lease.HoldAsync(db, cancellationToken))
        {
            case SenderLeaseHold.Kept:
                return true;
            case SenderLeaseHold.Taken:
                var since = time.GetUtcNow() - TeamsPacer.History;
                var sent = await db.Outbox.AsNoTracking()
                    .Where(m => m.LastAttemptAt >= since && m.ConversationId != null)
                    .OrderBy(m => m.LastAttemptAt)
                    .Select(m => new { m.ConversationId, m.LastAttemptAt })
                    .ToListAsync(cancellationToken);
                pacer.Restart(sent.Select(m => (m.ConversationId!, m.LastAttemptAt!.Value)));
                logger.LogInformation("Outbox sender lease taken by {Instance}; pacing starts from {Sends} sends in the last hour", Instance, sent.Count);
                return true;
            case SenderLeaseHold.Lost:
                logger.LogWarning("Outbox sender lease of {Instance} was taken by another instance; this one stops sending", Instance);
                return false;
            default:
                return false;
        }
    }

    private async Task<bool> TryLeaseAsync(MipgDbContext db, long id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var until = now + options.Value.Lease;
        var owner = Instance;
        var leased = await db.Outbox
            .Where(m => m.Id == id && m.Status == OutboxStatus.Pending && (m.LeaseUntil == null || m.LeaseUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseOwner, owner).SetProperty(m => m.LeaseUntil, until), cancellationToken);
        return leased == 1;
    }

    private async Task<bool> SendOneAsync(MipgDbContext db, OutboxMessage message, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        Activity activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(message.ActivityJson, BotJson.Options) ?? throw new JsonException("null activity");
        }
        catch (JsonException e)
        {
            return Fail(message, $"La actividad guardada no es JSON válido ({e.GetType().Name}).");
        }
        // Creating the person's chat is an attempt as much as the send is: a chat that cannot be created must reach
        // MaxAttempts and back off like any other failure. One attempt per pass, however many calls it takes.
        var attempted = false;
        void Attempt()
        {
            if (!attempted)
            {
                attempted = true;
                message.Attempts++;
                message.LastAttemptAt = now;
            }
        }
        if (await EarlierReplyPendingAsync(db, message, cancellationToken) is { } earlier)
        {
            message.NextAttemptAt = earlier > now ? earlier : now + TimeSpan.FromSeconds(1);
            return false; // a turn's replies go out in the order it wrote them
        }
        try
        {
            var target = await TargetAsync(db, message, activity, now, Attempt, cancellationToken);
            if (target is null)
            {
                return Fail(message, "No hay conversación con el destinatario ni ninguna otra de la que tomar el serviceUrl y el tenant para crearla.");
            }
            var (conversationId, serviceUrl, tenantId) = target.Value;
            var wait = pacer.DelayFor(conversationId, now);
            if (wait > TimeSpan.Zero)
            {
                message.NextAttemptAt = now + wait;
                return false;
            }
            activity.ServiceUrl = serviceUrl;
            activity.Conversation = new ConversationAccount { Id = conversationId, TenantId = tenantId };
            pacer.Record(conversationId, now);
            Attempt();
            message.ConversationId = conversationId;
            if (message.UpdateActivityId is { } activityId)
            {
                activity.Id = activityId;
                await connector.UpdateActivityAsync(serviceUrl, conversationId, activityId, activity, cancellationToken);
                message.SentActivityId = activityId;
            }
            else
            {
                message.SentActivityId = (await connector.SendToConversationAsync(serviceUrl, conversationId, activity, cancellationToken)).Id;
            }
            message.Status = OutboxStatus.Delivered;
            message.DeliveredAt = time.GetUtcNow();
            message.LastError = null;
            return true;
        }
        catch (ConnectorException e) when (e.Status == HttpStatusCode.NotFound && message.UpdateActivityId is null && message.RecipientAadObjectId is not null)
        {
            // The person's 1:1 chat is gone (they deleted it, or the bot was reinstalled): forget it, so the next attempt
            // creates the chat anew instead of failing the message for good.
            await ForgetChatAsync(db, message, cancellationToken);
            return Retry(message, transient: true, $"{(int)e.Status}: {e.Message} El chat se creará de nuevo.", null, now);
        }
        catch (RecipientUnreachableException e)
        {
            if (attempted)
            {
                message.Attempts--; // waiting for a person is not a failed attempt: it must not use up Outbox:MaxAttempts
            }
            return await WaitForRecipientAsync(db, message, e, now, cancellationToken);
        }
        catch (ConnectorException e)
        {
            return Retry(message, e.IsTransient, $"{(int)e.Status}: {e.Message}", e.RetryAfter, now);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Not the connector: most likely the store. Counted as an attempt so it cannot loop forever.
            Attempt();
            logger.LogError(e, "Outbox message {Id} could not be sent", message.Id);
            return Retry(message, transient: true, e.GetType().Name, null, now);
        }
    }

    private async Task<(string ConversationId, string ServiceUrl, string? TenantId)?> TargetAsync(
        MipgDbContext db, OutboxMessage message, Activity activity, DateTimeOffset now, Action attempt, CancellationToken cancellationToken)
    {
        if (message.ConversationId is { } conversationId)
        {
            var reference = await db.ConversationReferences.AsNoTracking()
                .Where(r => r.ConversationId == conversationId).OrderByDescending(r => r.LastSeenAt).FirstOrDefaultAsync(cancellationToken);
            if (reference is not null)
            {
                return (conversationId, reference.ServiceUrl, reference.TenantId);
            }
            // A turn's reply to a thread (";messageid=…", remembered as its channel) carries the address it came from.
            return activity.ServiceUrl is { Length: > 0 } serviceUrl ? (conversationId, serviceUrl, activity.Conversation?.TenantId) : null;
        }
        if (message.RecipientAadObjectId is not { } person)
        {
            return null;
        }
        // Creating a conversation counts against the same limits as a send (per bot and for the app).
        var chat = await resolver.ForPersonAsync(db, person, () =>
        {
            pacer.Record(TeamsPacer.CreateConversationKey, now);
            attempt();
        }, cancellationToken);
        return (chat.ConversationId, chat.ServiceUrl, chat.TenantId);
    }

    private static async Task ForgetChatAsync(MipgDbContext db, OutboxMessage message, CancellationToken cancellationToken)
    {
        var (conversationId, person) = (message.ConversationId, message.RecipientAadObjectId);
        await db.ConversationReferences
            .Where(r => r.ConversationId == conversationId && r.UserAadObjectId == person && r.ConversationType == "personal")
            .ExecuteDeleteAsync(cancellationToken);
        message.ConversationId = null;
    }

    private async Task<bool> WaitForRecipientAsync(
        MipgDbContext db, OutboxMessage message, RecipientUnreachableException reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var until = message.CreatedAt + settings.RecipientWait;
        if (now >= until)
        {
            Fail(message, $"Sin entregar después de esperar {settings.RecipientWait.TotalDays:0.#} días: {reason.Explanation}. ({reason.Message})");
            await reach.Notices.GivenUpAsync(db, message, reason.Explanation, now, cancellationToken);
            return false;
        }
        // Tried again after as long as it has waited so far (so less and less often), within bounds, and once more at the end.
        var age = now - message.CreatedAt;
        var pause = age < TimeSpan.FromMinutes(1) ? TimeSpan.FromMinutes(1) : age > settings.RecipientRetryMax ? settings.RecipientRetryMax : age;
        message.NextAttemptAt = now + pause < until ? now + pause : until;
        message.LastError = Cap($"En espera del destinatario: {reason.Explanation}. ({reason.Message})");
        logger.LogWarning("Outbox message {Id} waits for its recipient until {NextAttempt:o}: {Reason}", message.Id, message.NextAttemptAt, reason.Message);
        if (reason.Reason == Unreachability.InstallRefused)
        {
            await reach.Notices.WaitingAsync(db, message, reason, now, cancellationToken);
        }
        return false;
    }

    // A turn's replies that went to the outbox ("reply:{turn}:{n}") wait for the one before them.
    private static async Task<DateTimeOffset?> EarlierReplyPendingAsync(MipgDbContext db, OutboxMessage message, CancellationToken cancellationToken)
    {
        if (OutboxReplySink.PreviousKey(message.Key) is not { } previous)
        {
            return null;
        }
        var earlier = await db.Outbox.AsNoTracking().Where(m => m.Key == previous && m.Status == OutboxStatus.Pending)
            .Select(m => (DateTimeOffset?)m.NextAttemptAt).FirstOrDefaultAsync(cancellationToken);
        return earlier;
    }

    private bool Retry(OutboxMessage message, bool transient, string reason, TimeSpan? retryAfter, DateTimeOffset attemptedAt)
    {
        message.LastError = Cap(reason);
        if (!transient || message.Attempts >= options.Value.MaxAttempts)
        {
            return Fail(message, reason);
        }
        // Counted from when the attempt ended, not began: a slow failure must not eat its own backoff.
        var ended = time.GetUtcNow();
        var now = ended > attemptedAt ? ended : attemptedAt;
        var backoff = TimeSpan.FromSeconds(Math.Min(600, Math.Pow(2, message.Attempts)));
        message.NextAttemptAt = now + (retryAfter is { } after && after > TimeSpan.Zero ? after : backoff);
        logger.LogWarning("Outbox message {Id} rescheduled to {NextAttempt:o} after {Reason}", message.Id, message.NextAttemptAt, message.LastError);
        return false;
    }

    private bool Fail(OutboxMessage message, string reason)
    {
        message.Status = OutboxStatus.Failed;
        message.LastError = Cap(reason);
        logger.LogError("Outbox message {Id} given up after {Attempts} attempts: {Reason}", message.Id, message.Attempts, message.LastError);
        return false;
    }

    private static string Cap(string reason) => reason.Length <= 1000 ? reason : reason[..1000];
}
