using Microsoft.EntityFrameworkCore;
using MipgTeams.Domain.Settings;
using MipgTeams.Store;

namespace MipgTeams.Indicators.Access;

/// <summary>Who may see the indicators: active members of the Equipo de Calidad list and the object ids in MiembrosComite.</summary>
public static class IndicatorAccess
{
    public static async Task<bool> MaySeeAsync(this MipgDbContext db, string? objectId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(objectId))
        {
            return false;
        }
        if (await db.IsActiveQualityMemberAsync(objectId, cancellationToken))
        {
            return true;
        }
        var setting = await db.Settings.AsNoTracking().FirstOrDefaultAsync(s => s.Key == CommitteeMembers.Key, cancellationToken);
        return CommitteeMembers.Parse(setting?.Value).Contains(objectId.Trim());
    }
}
