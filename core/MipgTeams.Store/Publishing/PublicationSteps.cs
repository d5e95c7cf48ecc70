namespace MipgTeams.Store.Publishing;

/// <summary>The steps of a publication already done; a re-run skips them.</summary>
[Flags]
public enum PublicationSteps
{
    None = 0,
    /// <summary>The current file was found unchanged (or there is none: a new document).</summary>
    Checked = 1,
    CodeAllocated = 2,
    /// <summary>The previous file is in Obsoletos/ with Estado Obsoleto.</summary>
    Archived = 4,
    /// <summary>The new file is in place with its code, version, Estado Vigente and approval date.</summary>
    Placed = 8,
    /// <summary>The store's documents (and so the bot's index) show the result.</summary>
    Stored = 16,
    /// <summary>The people concerned were told (socialización).</summary>
    Announced = 32,
}
