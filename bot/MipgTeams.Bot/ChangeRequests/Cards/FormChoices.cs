using MipgTeams.SharePoint.Publishing;
using MipgTeams.Store;

namespace MipgTeams.Bot.ChangeRequests.Cards;

/// <summary>
/// What the request form offers to choose from: the processes (for a new document) and, on the folder library, the
/// drafts in its Borradores/ folder (on SharePoint drafts are links, typed in, and the list is empty).
/// </summary>
internal sealed record FormChoices(IReadOnlyList<(string Code, string Name)> Processes, IReadOnlyList<DraftFile> Drafts)
{
    /// <summary>More would make the card too big for Teams: the first ones in name order are offered.</summary>
    public const int MaxDrafts = 100;

    public static async Task<FormChoices> LoadAsync(MipgDbContext db, ILibraryPublisher? library, CancellationToken cancellationToken)
    {
        var processes = await DecidersLookup.ProcessesAsync(db, cancellationToken);
        if (library is null)
        {
            return new FormChoices(processes, []);
        }
        try
        {
            return new FormChoices(processes, [.. (await library.ListDraftsAsync(cancellationToken)).Take(MaxDrafts)]);
        }
        catch (IOException)
        {
            // The form still works without the list: the draft can be typed.
            return new FormChoices(processes, []);
        }
        catch (UnauthorizedAccessException)
        {
            return new FormChoices(processes, []);
        }
    }
}
