using Microsoft.EntityFrameworkCore;
using MipgTeams.Domain;

namespace MipgTeams.SharePoint.Sync;

/// <summary>
/// Which macroprocess a library item belongs to: its own column, else its process's (Procesos list), else the folder
/// it sits in, matched on the macroprocess's name. Read once per page: the lists are synced before the libraries and do
/// not change during one, and asking the store for each of a page's items cost two queries per document.
/// </summary>
internal sealed class MacroprocessLookup(MipgDbContext db)
{
    private Dictionary<string, string>? byProcess;
    private Dictionary<string, string>? byFolder;

    public async Task<string?> ResolveAsync(LibraryItemValues values, CancellationToken cancellationToken)
    {
        if (values.MacroprocessCode is not null)
        {
            return values.MacroprocessCode;
        }
        byProcess ??= await db.Processes.AsNoTracking().ToDictionaryAsync(p => p.Code, p => p.MacroprocessCode, StringComparer.Ordinal, cancellationToken);
        if (byProcess.TryGetValue(values.ProcessCode, out var macroprocess))
        {
            return macroprocess;
        }
        if (values.MacroprocessFolder is null)
        {
            return null;
        }
        byFolder ??= (await db.Macroprocesses.AsNoTracking().ToListAsync(cancellationToken))
            .GroupBy(m => TextFolding.Fold(m.Name), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Code, StringComparer.Ordinal);
        return byFolder.GetValueOrDefault(TextFolding.Fold(values.MacroprocessFolder));
    }
}
