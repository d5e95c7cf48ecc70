using Microsoft.EntityFrameworkCore;
using MipgTeams.Domain.ChangeRequests;
using MipgTeams.Domain.Documents;
using MipgTeams.Domain.Publishing;
using MipgTeams.Store.Publishing;

namespace MipgTeams.SharePoint.Publishing;

/// <summary>
/// Checks, before a request is validated, that it can be published (a readable draft of a format the type allows, a
/// version after the current one, the current file known), and writes the publication job in the caller's transaction.
/// </summary>
public sealed class PublicationPlanner(ILibraryPublisher publisher)
{
    /// <summary>The job to add with the validation, or the reason (Spanish) the request cannot be validated as it is.</summary>
    public async Task<(PublicationJob? Job, string? Refusal)> PlanAsync(
        MipgDbContext db, ChangeRequest request, PublicationChoices choices, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var job = new PublicationJob
        {
            ChangeRequestId = request.Id,
            Kind = request.Kind,
            ProcessCode = request.ProcessCode,
            DocumentCode = request.DocumentCode,
            Title = request.Title,
            RequestedVersion = string.IsNullOrWhiteSpace(choices.Version) ? null : choices.Version.Trim(),
            CreatedAt = now,
            NextAttemptAt = now,
        };
        DocumentType type;
        if (request.Kind == ChangeKind.Create)
        {
            if ((choices.Type ?? TypeNamedBy(request.Title)) is not { } named)
            {
                return (null, "Indica en la tarjeta el tipo del documento nuevo (su nombre no empieza por Procedimiento, Formato, Guía…): el tipo decide su código.");
            }
            type = named;
            job.DocumentType = type;
        }
        else
        {
            var current = await CurrentAsync(db, request.DocumentCode, cancellationToken);
            if (current is null)
            {
                return (null, $"No encontré en la biblioteca el archivo vigente de {request.DocumentCode}; sincroniza la biblioteca o devuelve la solicitud.");
            }
            type = current.Type;
            job.Title = current.Title;
            job.FromVersion = current.Version;
            job.BasePath = current.Path;
            // The baseline is the file the requester saw when submitting: a change made since (even one the sync has
            // already brought into the store) stops the job. Requests from before it was recorded use the file as it
            // is now, at validation.
            if (request.BaseItemId is not null && request.BaseTag is not null)
            {
                job.BaseItemId = request.BaseItemId;
                job.BaseTag = request.BaseTag;
            }
            else
            {
                job.BaseItemId = current.SourceItemId;
                job.BaseTag = await TagAsync(db, current, cancellationToken);
            }
        }
        var next = DocumentVersion.Next(request.Kind, job.FromVersion, job.RequestedVersion, out var versionError);
        if (versionError is not null)
        {
            return (null, versionError);
        }
        job.ToVersion = next.ToString();
        if (request.Kind == ChangeKind.Remove)
        {
            return (job, null);
        }
        var reference = string.IsNullOrWhiteSpace(choices.FinalFile) ? request.DraftUrl : choices.FinalFile.Trim();
        if (reference is null)
        {
            return (null, "La solicitud no tiene borrador: no se puede publicar sin el archivo. Pega en la tarjeta el enlace del archivo final o usa «Devolver al solicitante».");
        }
        DraftFile draft;
        try
        {
            draft = await publisher.FindDraftAsync(reference, cancellationToken);
        }
        catch (PublicationException e)
        {
            return (null, $"{e.Message} No se puede publicar sin un borrador legible: pega el enlace del archivo final o usa «Devolver al solicitante».");
        }
        if (DocumentFormats.Check(type, draft.Name) is { } formatError)
        {
            return (null, formatError);
        }
        job.DraftReference = draft.Reference;
        job.DraftName = draft.Name;
        return (job, null);
    }

    /// <summary>
    /// Records on a request the current file of its document as the store knows it now (item id and content tag), the
    /// baseline its publication is checked against; nothing for a new document or a code with no current file.
    /// </summary>
    public static async Task RecordBaseAsync(MipgDbContext db, ChangeRequest request, CancellationToken cancellationToken)
    {
        var current = request.Kind == ChangeKind.Create ? null : await CurrentAsync(db, request.DocumentCode, cancellationToken);
        request.RecordBase(current?.SourceItemId, current is null ? null : await TagAsync(db, current, cancellationToken));
    }

    private static Task<Document?> CurrentAsync(MipgDbContext db, string? code, CancellationToken cancellationToken) =>
        db.Documents.AsNoTracking()
            .Where(d => d.Code == code && !d.IsRemoved && d.Status != DocumentStatus.Obsolete)
            .OrderByDescending(d => d.ChangeNumber).FirstOrDefaultAsync(cancellationToken);

    private static Task<string?> TagAsync(MipgDbContext db, Document current, CancellationToken cancellationToken) =>
        db.SourceItems.AsNoTracking().Where(r => r.Container == current.SourceContainer && r.ItemId == current.SourceItemId)
            .Select(r => r.ContentTag).FirstOrDefaultAsync(cancellationToken);

    private static DocumentType? TypeNamedBy(string? title) =>
        title?.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries) is [var first, ..] && DocumentTypes.TryParseSpanish(first, out var type) ? type : null;
}
