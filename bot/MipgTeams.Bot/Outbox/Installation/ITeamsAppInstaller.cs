namespace MipgTeams.Bot.Outbox.Installation;

/// <summary>Installs the bot's Teams app for a person, so the bot can write to someone who never opened it.</summary>
internal interface ITeamsAppInstaller
{
    /// <summary>False when no catalog app id is configured: nothing can be installed.</summary>
    bool IsConfigured { get; }

    /// <summary>
    /// Installs the app in the person's personal scope (already installed counts as done) and returns the id of their 1:1
    /// chat with the bot, or null when Teams has not made it yet. Throws <see cref="RecipientUnreachableException"/>
    /// when Teams refuses (no consent, the app blocked, no Teams licence).
    /// </summary>
    Task<string?> InstallForAsync(string aadObjectId, CancellationToken cancellationToken);
}
