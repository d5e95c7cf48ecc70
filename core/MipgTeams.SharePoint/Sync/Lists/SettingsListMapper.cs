using MipgTeams.Domain.Settings;
using MipgTeams.SharePoint.Source;
using MipgTeams.Store;

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
        var setting = await db.Settings.FindAsync([key], cancellationToken);
        if (setting is null)
        {
            setting = new AppSetting { Key = key, Value = value };
            db.Settings.Add(setting);
        }
        setting.Value = value;
        setting.Description = item.Get("Descripcion");
        return key;
    }

    public async Task RemoveAsync(MipgDbContext db, string key, CancellationToken cancellationToken)
    {
        var setting = await db.Settings.FindAsync([key], cancellationToken);
        if (setting is not null)
        {
            db.Settings.Remove(setting);
        }
    }
}
