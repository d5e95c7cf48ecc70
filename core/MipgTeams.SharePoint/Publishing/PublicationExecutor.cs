using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MipgTeams.Domain.ChangeRequests;
using MipgTeams.Domain.Documents;
using MipgTeams.Domain.Publishing;
using MipgTeams.Domain.Time;
using MipgTeams.SharePoint.Sync;
using MipgTeams.Store.Publishing;

namespace MipgTeams.SharePoint.Publishing;

/// <summary>
/// The library side of a publication, step by step: check that the current file is still the one validated, allocate
/// a new document's code, move the current file to Obsoletos/ (Estado Obsoleto, its version kept), put the draft in
/// place with the new version (Estado Vigente, FechaAprobacion today in Bogotá). Each step is saved as done at once.
/// </summary>
public sealed class PublicationExecutor(ILibraryPublisher publisher, IOptions<SyncOptions> sync, TimeProvider time)
{
    private LibraryColumns Columns => sync.Value.Columns;

    internal async Task RunAsync(MipgDbContext db, PublicationRun run, CancellationToken cancellationToken)
    {
        var job = run.Job;
        if (!job.Has(PublicationSteps.Checked))
        {
            await CheckAsync(run, cancellationToken);
            await DoneAsync(db, job, PublicationSteps.Checked, cancellationToken);
        }
        if (job.Kind == ChangeKind.Create && !job.Has(PublicationSteps.CodeAllocated))
        {
            await AllocateCodeAsync(db, job, cancellationToken);
            await DoneAsync(db, job, PublicationSteps.CodeAllocated, cancellationToken);
        }
        if (job.Kind != ChangeKind.Create && !job.Has(PublicationSteps.Archived))
        {
            run.Archived = await ArchiveAsync(run, cancellationToken);
            job.ArchivedItemId = run.Archived.Id;
            job.ArchivedPath = run.Archived.Path;
            await DoneAsync(db, job, PublicationSteps.Archived, cancellationToken);
        }
        if (job.Kind != ChangeKind.Remove && !job.Has(PublicationSteps.Placed))
        {
            run.Placed = await PlaceAsync(db, run, cancellationToken);
            job.PublishedItemId = run.Placed.Id;
            job.PublishedPath = run.Placed.Path;
            await DoneAsync(db, job, PublicationSteps.Placed, cancellationToken);
        }
    }

    private async Task CheckAsync(PublicationRun run, CancellationToken cancellationToken)
    {
        var job = run.Job;
        if (job.Kind == ChangeKind.Create)
        {
            return;
        }
        var current = await publisher.GetAsync(job.BaseItemId!, cancellationToken);
        if (current is null)
        {
            throw new PublicationConflictException(
                $"El archivo vigente de {job.DocumentCode} («{job.BasePath}») ya no está en la biblioteca: alguien lo movió o lo borró después de la solicitud. No se cambió nada.");
        }
        if (job.BaseTag is null)
        {
            job.BasePath = current.Path; // «Reintentar» after a conflict: the file as it is now is the one superseded
        }
        else if (current.ContentTag != job.BaseTag || current.Path != job.BasePath)
        {
            // Say what changed: the content (someone edited the file), or its place or name (someone moved it).
            var what = current.ContentTag != job.BaseTag
                ? $"El archivo vigente de {job.DocumentCode} («{current.Path}») cambió en la biblioteca después de que se envió la solicitud: alguien editó su contenido"
                    + (current.Path != job.BasePath ? $" y lo movió desde «{job.BasePath}»." : ".")
                : $"El archivo vigente de {job.DocumentCode} se movió o cambió de nombre en la biblioteca después de que se envió la solicitud: estaba en «{job.BasePath}» y ahora está en «{current.Path}».";
            throw new PublicationConflictException(
                what + " No se publicó nada, para no sobrescribir ese cambio: revisa el archivo y usa «Reintentar publicación» si el borrador debe reemplazarlo.");
        }
        run.Current = current;
    }

    private async Task AllocateCodeAsync(MipgDbContext db, PublicationJob job, CancellationToken cancellationToken)
    {
        var type = job.DocumentType ?? throw new PublicationException("La solicitud no dice el tipo del documento nuevo.");
        var prefix = job.ProcessCode + "-";
        var used = await db.Documents.AsNoTracking().Where(d => d.Code.StartsWith(prefix)).Select(d => d.Code)
            .Concat(db.IssuedCodes.AsNoTracking().Where(c => c.ProcessCode == job.ProcessCode).Select(c => c.Code)).ToListAsync(cancellationToken);
        var code = CodeSequence.Next(job.ProcessCode, type, used)
            ?? throw new PublicationException($"El proceso {job.ProcessCode} ya usó los {CodeSequence.Max} códigos de tipo {type.SpanishName()}.");
        // The code's primary key makes two jobs racing for it fail on save: the loser retries and takes the next one.
        db.IssuedCodes.Add(new IssuedCode { Code = code.ToString(), ProcessCode = job.ProcessCode, Type = type, ChangeRequestId = job.ChangeRequestId, IssuedAt = time.GetUtcNow() });
        job.DocumentCode = code.ToString();
    }

    private async Task<LibraryFile> ArchiveAsync(PublicationRun run, CancellationToken cancellationToken)
    {
        var job = run.Job;
        var obsoletePath = PublicationPaths.Obsolete(
            PublicationPaths.ProcessFolderOf(job.BasePath!), job.DocumentCode!, job.FromVersion ?? "1.0", job.Title ?? job.DocumentCode!, DocumentFormats.ExtensionOf(job.BasePath!));
        var fields = new Dictionary<string, string> { [Columns.Status] = DocumentStatus.Obsolete.SpanishName() };
        var current = run.Current ?? await publisher.GetAsync(job.BaseItemId!, cancellationToken);
        if (current is not null && (current.Path == job.BasePath || current.Path == obsoletePath))
        {
            return await publisher.MoveAsync(current, obsoletePath, fields, cancellationToken);
        }
        // The move happened but was not recorded (item ids that are paths change with it): finish it.
        return await publisher.FindByPathAsync(obsoletePath, cancellationToken) is { } moved
            ? await publisher.MoveAsync(moved, obsoletePath, fields, cancellationToken)
            : throw new PublicationException($"El archivo vigente de {job.DocumentCode} («{job.BasePath}») ya no está en la biblioteca; no se pudo pasar a {PublicationPaths.ObsoleteFolder}.");
    }

    private async Task<LibraryFile> PlaceAsync(MipgDbContext db, PublicationRun run, CancellationToken cancellationToken)
    {
        var job = run.Job;
        run.Content ??= await publisher.ReadDraftAsync(job.DraftReference!, cancellationToken);
        var path = PublicationPaths.Current(await ProcessFolderAsync(db, job, cancellationToken), job.DocumentCode!, job.Title ?? job.DocumentCode!,
            DocumentFormats.ExtensionOf(job.DraftName ?? job.DraftReference!));
        return await publisher.PutAsync(path, run.Content, await CurrentFieldsAsync(db, job, cancellationToken), cancellationToken);
    }

    /// <summary>The columns of the published file, as the sync reads them back.</summary>
    internal async Task<Dictionary<string, string>> CurrentFieldsAsync(MipgDbContext db, PublicationJob job, CancellationToken cancellationToken)
    {
        var code = DocumentCode.Parse(job.DocumentCode!);
        var fields = new Dictionary<string, string>
        {
            [Columns.Code] = code.ToString(),
            [Columns.DocumentType] = code.Type.SpanishName(),
            [Columns.Version] = job.ToVersion!,
            [Columns.Status] = DocumentStatus.Current.SpanishName(),
            [Columns.Process] = job.ProcessCode,
            [Columns.ApprovedOn] = ApprovedOn().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        if (await MacroprocessAsync(db, job, cancellationToken) is { } macroprocess)
        {
            fields[Columns.Macroprocess] = macroprocess;
        }
        return fields;
    }

    internal DateOnly ApprovedOn() => BogotaTime.Today(time);

    internal static async Task<string?> MacroprocessAsync(MipgDbContext db, PublicationJob job, CancellationToken cancellationToken) =>
        await db.Processes.AsNoTracking().Where(p => p.Code == job.ProcessCode).Select(p => p.MacroprocessCode).FirstOrDefaultAsync(cancellationToken);

    private static async Task<string> ProcessFolderAsync(MipgDbContext db, PublicationJob job, CancellationToken cancellationToken)
    {
        if (job.BasePath is not null)
        {
            return PublicationPaths.ProcessFolderOf(job.BasePath);
        }
        var sibling = await db.Documents.AsNoTracking().Where(d => d.ProcessCode == job.ProcessCode && !d.IsRemoved)
            .OrderBy(d => d.Status == DocumentStatus.Obsolete).Select(d => d.Path).FirstOrDefaultAsync(cancellationToken);
        if (sibling is not null)
        {
            return PublicationPaths.ProcessFolderOf(sibling);
        }
        var process = await db.Processes.AsNoTracking().FirstOrDefaultAsync(p => p.Code == job.ProcessCode, cancellationToken)
            ?? throw new PublicationException($"El proceso {job.ProcessCode} no está en la lista de procesos.");
        var macroprocess = await db.Macroprocesses.AsNoTracking().Where(m => m.Code == process.MacroprocessCode).Select(m => m.Name).FirstOrDefaultAsync(cancellationToken);
        return $"{macroprocess ?? process.MacroprocessCode}/{process.Name}";
    }

    private static async Task DoneAsync(MipgDbContext db, PublicationJob job, PublicationSteps step, CancellationToken cancellationToken)
    {
        job.Done(step);
        await db.SaveChangesAsync(cancellationToken);
    }
}
