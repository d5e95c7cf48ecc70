using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MipgTeams.Bot.Protocol;
using MipgTeams.Store;
using MipgTeams.Store.Outbox;

namespace MipgTeams.Bot.Outbox;

/// <summary>
/// Sends due outbox messages: each is leased by this instance (an atomic conditional update, so two instances never
/// send the same one), paced under Teams' limits, and marked delivered — or rescheduled after a 429 (honouring
/// Retry-After) or a transient error with exponential backoff, or failed with the reason once retries are exhausted.
/// </summary>
public sealed class OutboxSender(
    IDbContextFactory<MipgDbContext> dbFactory, IConnectorClient connector, TeamsPacer pacer, IOptions<OutboxOptions> options,
    TimeProvider time, BotTelemetry telemetry, ILogger<OutboxSender> logger)
{
    private readonly string instance = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
    private readonly ConversationResolver resolver = new(connector, time);

    /// <summary>Pending messages right now (the outbox depth metric).</summary>
    public int Depth { get; private set; }

    /// <summary>One pass: sends what is due and returns how many were delivered.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var due = await db.Outbox.AsNoTracking()
            .Where(m => m.Status == OutboxStatus.Pending)
            .Select(m => new { m.Id, m.NextAttemptAt, m.LeaseUntil })
            .ToListAsync(cancellationToken);
        Depth = due.Count;
        var delivered = 0;
        foreach (var candidate in due.Where(m => m.NextAttemptAt <= now && (m.LeaseUntil is null || m.LeaseUntil < now)).OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id).Take(options.Value.BatchSize))
        {
            if (!await TryLeaseAsync(db, candidate.Id, now, cancellationToken))
            {
                continue; // another instance took it
            }
            var message = await db.Outbox.SingleAsync(m => m.Id == candidate.Id, cancellationToken);
            if (await SendOneAsync(db, message, cancellationToken))
            {
                delivered++;
            }
            message.LeaseOwner = null;
            message.LeaseUntil = null;
            await db.SaveChangesAsync(cancellationToken);
        }
        return delivered;
    }

    /// <summary>When the next message falls due (to sleep until then), or null when nothing is pending.</summary>
    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var pending = await db.Outbox.AsNoTracking().Where(m => m.Status == OutboxStatus.Pending).Select(m => m.NextAttemptAt).ToListAsync(cancellationToken);
        return pending.Count == 0 ? null : pending.Min();
    }

    private async Task<bool> TryLeaseAsync(MipgDbContext db, long id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var until = now + options.Value.Lease;
        var owner = instance;
        var leased = await db.Outbox
            .Where(m => m.Id == id && m.Status == OutboxStatus.Pending && (m.LeaseUntil == null || m.LeaseUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseOwner, owner).SetProperty(m => m.LeaseUntil, until), cancellationToken);
        return leased == 1;
    }

    private async Task<bool> SendOneAsync(MipgDbContext db, OutboxMessage message, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        try
        {
            var target = await TargetAsync(db, message, cancellationToken);
            if (target is null)
            {
                return Fail(message, "No hay conversación con el destinatario ni un serviceUrl para crearla (Outbox:DefaultServiceUrl).");
            }
            var wait = pacer.DelayFor(target.Value.ConversationId, now);
            if (wait > TimeSpan.Zero)
            {
                message.NextAttemptAt = now + wait;
                return false;
            }
            var activity = JsonSerializer.Deserialize<Activity>(message.ActivityJson, BotJson.Options)!;
            activity.ServiceUrl = target.Value.ServiceUrl;
            activity.Conversation = new ConversationAccount { Id = target.Value.ConversationId, TenantId = target.Value.TenantId };
            pacer.Record(target.Value.ConversationId, now);
            message.Attempts++;
            if (message.UpdateActivityId is { } activityId)
            {
                activity.Id = activityId;
                await connector.UpdateActivityAsync(target.Value.ServiceUrl, target.Value.ConversationId, activityId, activity, cancellationToken);
                message.SentActivityId = activityId;
            }
            else
            {
                message.SentActivityId = (await connector.SendToConversationAsync(target.Value.ServiceUrl, target.Value.ConversationId, activity, cancellationToken)).Id;
            }
            message.ConversationId = target.Value.ConversationId;
            message.Status = OutboxStatus.Delivered;
            message.DeliveredAt = time.GetUtcNow();
            message.LastError = null;
            return true;
        }
        catch (ConnectorException e)
        {
            telemetry.RecordConnectorError((int)e.Status);
            return Retry(message, e.IsTransient, $"{(int)e.Status}: {e.Message}", e.RetryAfter, now);
        }
        catch (HttpRequestException e)
        {
            telemetry.RecordConnectorError(0);
            return Retry(message, transient: true, e.Message, null, now);
        }
    }

    private async Task<(string ConversationId, string ServiceUrl, string? TenantId)?> TargetAsync(MipgDbContext db, OutboxMessage message, CancellationToken cancellationToken)
    {
        if (message.ConversationId is { } conversationId)
        {
            var reference = await db.ConversationReferences.AsNoTracking().FirstOrDefaultAsync(r => r.ConversationId == conversationId, cancellationToken);
            return reference is null ? null : (conversationId, reference.ServiceUrl, reference.TenantId);
        }
        var person = await resolver.ForPersonAsync(db, message.RecipientAadObjectId!, options.Value.DefaultServiceUrl, cancellationToken);
        return person is null ? null : (person.ConversationId, person.ServiceUrl, person.TenantId);
    }

    private bool Retry(OutboxMessage message, bool transient, string reason, TimeSpan? retryAfter, DateTimeOffset now)
    {
        message.LastError = reason;
        if (!transient || message.Attempts >= options.Value.MaxAttempts)
        {
            return Fail(message, reason);
        }
        var backoff = TimeSpan.FromSeconds(Math.Min(600, Math.Pow(2, message.Attempts)));
        message.NextAttemptAt = now + (retryAfter is { } after && after > TimeSpan.Zero ? after : backoff);
        logger.LogWarning("Outbox message {Id} rescheduled after {Reason}", message.Id, reason);
        return false;
    }

    private bool Fail(OutboxMessage message, string reason)
    {
        message.Status = OutboxStatus.Failed;
        message.LastError = reason;
        logger.LogError("Outbox message {Id} given up: {Reason}", message.Id, reason);
        return false;
    }
}
