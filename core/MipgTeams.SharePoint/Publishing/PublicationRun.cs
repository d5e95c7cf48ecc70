using MipgTeams.Store.Publishing;

namespace MipgTeams.SharePoint.Publishing;

/// <summary>One attempt at a job: what this attempt already read, so a step does not ask the library twice.</summary>
internal sealed class PublicationRun(PublicationJob job)
{
    public PublicationJob Job { get; } = job;
    public LibraryFile? Current { get; set; }
    public LibraryFile? Archived { get; set; }
    public LibraryFile? Placed { get; set; }
    public byte[]? Content { get; set; }
}
