namespace MipgTeams.Bot.Outbox.Installation;

/// <summary>Installs nothing (no TeamsApp:CatalogAppId).</summary>
internal sealed class NoInstaller : ITeamsAppInstaller
{
    public static readonly NoInstaller Instance = new();

    public bool IsConfigured => false;

    public Task<string?> InstallForAsync(string aadObjectId, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
