using MipgTeams.Domain.Settings;

namespace MipgTeams.SharePoint.Sync.Lists;

/// <summary>"Configuración": key (Title) and value rows that admins edit without a redeploy.</summary>
internal sealed class SettingsListMapper : IListMapper
{
    public ContainerKind Kind => ContainerKind.SettingsList;

    public async Task<string?> UpsertAsync(MipgDbContext db, SourceItem item, Action<string> reportError, CancellationToken cancellationToken)
    {
        var key = item.Get("Title");
        var value = item.Get("Valor");
        if (key is null || value is null)
        {
            reportError($"Configuración, fila {item.Id}: faltan Title o Valor.");
            return null;
        }
        var setting = await db.Settings.FindOrAddAsync(key, () => new AppSetting { Key = key, Value = value }, cancellationToken);
        setting.Value = value;
        setting.Description = item.Get("Descripcion");
        return key;
    }

    public Task RemoveAsync(MipgDbContext db, string key, CancellationToken cancellationToken) =>
        db.Settings.RemoveIfPresentAsync(key, cancellationToken);
}
