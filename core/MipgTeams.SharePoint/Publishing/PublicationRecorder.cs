using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using MipgTeams.Domain.ChangeRequests;
using MipgTeams.Domain.Documents;
using MipgTeams.SharePoint.Extraction;
using MipgTeams.Store.Publishing;
using MipgTeams.Store.Sync;

namespace MipgTeams.SharePoint.Publishing;

/// <summary>
/// Writes a publication's result into the store as the next sync would find it (same item ids, paths, columns and
/// content tags), with new change numbers: the bot's index answers the new version at once, and the sync that follows
/// changes nothing a person would see.
/// </summary>
public sealed class PublicationRecorder(ILibraryPublisher publisher, ITextExtractor extractor, PublicationExecutor executor, TimeProvider time)
{
    internal async Task StoreAsync(MipgDbContext db, PublicationRun run, CancellationToken cancellationToken)
    {
        var job = run.Job;
        var container = publisher.ContainerId;
        var nextChange = await ChangeNumbers.NextAsync(db, cancellationToken);
        var now = time.GetUtcNow();
        if (job.Kind != ChangeKind.Create)
        {
            run.Archived ??= await publisher.GetAsync(job.ArchivedItemId!, cancellationToken);
            var old = await FindAsync(db, container, job.BaseItemId!, cancellationToken);
            var target = job.ArchivedItemId == job.BaseItemId ? old : await FindAsync(db, container, job.ArchivedItemId!, cancellationToken) ?? old;
            if (old is not null && target != old && !old.IsRemoved)
            {
                old.IsRemoved = true;
                old.ChangeNumber = nextChange++;
            }
            if (target is not null)
            {
                target.SourceItemId = job.ArchivedItemId!;
                target.Path = job.ArchivedPath!;
                target.Status = DocumentStatus.Obsolete;
                target.WebUrl = run.Archived?.WebUrl ?? target.WebUrl;
                target.IsRemoved = false;
                target.ChangeNumber = nextChange++;
            }
            await RecordAsync(db, container, job.BaseItemId!, job.ArchivedItemId!, job.ArchivedPath!, run.Archived?.ContentTag ?? job.BaseTag, now, cancellationToken);
            // Saved (in the caller's transaction) before the new file's row is looked up: on the folder source the new
            // file has the old one's item id (its path), which must already belong to the obsolete row.
            await db.SaveChangesAsync(cancellationToken);
        }
        if (job.Kind == ChangeKind.Remove)
        {
            var issued = await db.IssuedCodes.FindAsync([job.DocumentCode!], cancellationToken);
            if (issued is null)
            {
                var code = DocumentCode.Parse(job.DocumentCode!);
                issued = db.IssuedCodes.Add(new IssuedCode { Code = code.ToString(), ProcessCode = code.ProcessCode, Type = code.Type, IssuedAt = now }).Entity;
            }
            issued.RetiredAt ??= now;
        }
        else
        {
            run.Placed ??= await publisher.GetAsync(job.PublishedItemId!, cancellationToken);
            run.Content ??= await publisher.ReadDraftAsync(job.DraftReference!, cancellationToken);
            var code = DocumentCode.Parse(job.DocumentCode!);
            var document = await FindAsync(db, container, job.PublishedItemId!, cancellationToken);
            if (document is null)
            {
                document = new Document { SourceContainer = container, SourceItemId = job.PublishedItemId!, Code = "", Title = "", ProcessCode = "", Path = "" };
                db.Documents.Add(document);
            }
            var extraction = extractor.Extract(job.PublishedPath!, new MemoryStream(run.Content, writable: false));
            document.Code = code.ToString();
            document.Type = code.Type;
            document.Title = TitleOf(job.PublishedPath!, code);
            document.Version = job.ToVersion!;
            document.Status = DocumentStatus.Current;
            document.ProcessCode = job.ProcessCode;
            document.MacroprocessCode = await PublicationExecutor.MacroprocessAsync(db, job, cancellationToken);
            document.Path = job.PublishedPath!;
            document.WebUrl = run.Placed?.WebUrl;
            document.ContentHash = Convert.ToHexStringLower(SHA256.HashData(run.Content));
            document.Text = extraction.Text;
            document.ExtractionError = extraction.Error is null ? null : $"{job.PublishedPath}: {extraction.Error}";
            document.ApprovedOn = executor.ApprovedOn();
            document.LastModified = now;
            document.IsRemoved = false;
            document.ChangeNumber = nextChange;
            await RecordAsync(db, container, job.PublishedItemId!, job.PublishedItemId!, job.PublishedPath!, run.Placed?.ContentTag, now, cancellationToken);
        }
        job.Done(PublicationSteps.Stored);
    }

    // "GLEGN02-P004 Procedimiento de consulta.docx" → "Procedimiento de consulta", as the sync reads a title from a file name.
    private static string TitleOf(string path, DocumentCode code)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var rest = name.StartsWith(code.ToString(), StringComparison.OrdinalIgnoreCase) ? name[code.ToString().Length..] : name;
        var title = string.Join(' ', rest.Trim(' ', '-', '_').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return title.Length > 0 ? title : code.ToString();
    }

    private static Task<Document?> FindAsync(MipgDbContext db, string container, string itemId, CancellationToken cancellationToken) =>
        db.Documents.FirstOrDefaultAsync(d => d.SourceContainer == container && d.SourceItemId == itemId, cancellationToken);

    private static async Task RecordAsync(
        MipgDbContext db, string container, string oldId, string newId, string path, string? contentTag, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (oldId != newId && await db.SourceItems.FindAsync([container, oldId], cancellationToken) is { } old)
        {
            old.IsRemoved = true;
            old.LastSeenAt = now;
        }
        var record = await db.SourceItems.FindAsync([container, newId], cancellationToken);
        if (record is null)
        {
            record = db.SourceItems.Add(new SourceItemRecord { Container = container, ItemId = newId, Path = path }).Entity;
        }
        record.Path = path;
        record.ContentTag = contentTag;
        record.Error = null;
        record.IsRemoved = false;
        record.LastSeenAt = now;
    }
}
