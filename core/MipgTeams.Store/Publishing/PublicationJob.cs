using MipgTeams.Domain.ChangeRequests;
using MipgTeams.Domain.Documents;

namespace MipgTeams.Store.Publishing;

/// <summary>
/// The change a validated request makes to the library. Written in the same transaction as the validation, so a
/// validated request always has one; the publication worker applies it step by step and records each step here, so a
/// re-run after a crash skips what is done and ends with exactly one new version.
/// </summary>
public sealed class PublicationJob : ILeasedJob
{
    public long ChangeRequestId { get; set; }
    public ChangeRequest? Request { get; set; }
    public ChangeKind Kind { get; set; }
    public PublicationJobStatus Status { get; set; }
    public PublicationSteps Steps { get; set; }
    public string ProcessCode { get; set; } = "";
    /// <summary>The document's code: the request's, or the one allocated for a new document.</summary>
    public string? DocumentCode { get; set; }
    public string? Title { get; set; }
    /// <summary>Where the draft is: a link to a file in the site, or a path under the folder library's Borradores/.</summary>
    public string? DraftReference { get; set; }
    /// <summary>The draft's file name (its extension is the published file's).</summary>
    public string? DraftName { get; set; }
    /// <summary>The type of a new document (its code's letter); for the others, the code says it.</summary>
    public DocumentType? DocumentType { get; set; }
    /// <summary>The version the quality member set on the card, if any (else the kind's rule decides).</summary>
    public string? RequestedVersion { get; set; }
    public string? FromVersion { get; set; }
    public string? ToVersion { get; set; }

    /// <summary>
    /// The current file the publication supersedes, as the request was submitted against it (its item id and content
    /// tag, the eTag on SharePoint; see ChangeRequest.BaseItemId), or as it was at validation for older requests; the
    /// path is the file's at validation. A tag that no longer matches stops the job before it touches anything.
    /// </summary>
    public string? BaseItemId { get; set; }
    public string? BaseTag { get; set; }
    public string? BasePath { get; set; }
    /// <summary>The superseded file, once moved to Obsoletos/.</summary>
    public string? ArchivedItemId { get; set; }
    public string? ArchivedPath { get; set; }
    /// <summary>The published file, once in place.</summary>
    public string? PublishedItemId { get; set; }
    public string? PublishedPath { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public int Attempts { get; set; }
    /// <summary>Why the last attempt stopped, in Spanish, for the quality team.</summary>
    public string? LastError { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }

    public bool Has(PublicationSteps step) => (Steps & step) == step;

    public void Done(PublicationSteps step) => Steps |= step;
}
