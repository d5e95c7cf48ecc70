using Microsoft.EntityFrameworkCore;
using MipgTeams.Domain.ChangeRequests;
using MipgTeams.Domain.Documents;
using MipgTeams.Domain.Publishing;
using MipgTeams.Store;
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
            var current = await db.Documents.AsNoTracking()
                .Where(d => d.Code == request.DocumentCode && !d.IsRemoved && d.Status != DocumentStatus.Obsolete)
                .OrderByDescending(d => d.ChangeNumber).FirstOrDefaultAsync(cancellationToken);
            if (current is null)
            {
                return (null, $"No encontré en la biblioteca el archivo vigente de {request.DocumentCode}; sincroniza la biblioteca o devuelve la solicitud.");
            }
            type = current.Type;
            job.Title = current.Title;
            job.FromVersion = current.Version;
            job.BaseItemId = current.SourceItemId;
            job.BasePath = current.Path;
            job.BaseTag = await db.SourceItems.AsNoTracking().Where(r => r.Container == current.SourceContainer && r.ItemId == current.SourceItemId)
                .Select(r => r.ContentTag).FirstOrDefaultAsync(cancellationToken);
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

    private static DocumentType? TypeNamedBy(string? title) =>
        title?.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries) is [var first, ..] && DocumentTypes.TryParseSpanish(first, out var type) ? type : null;
}
