using Microsoft.EntityFrameworkCore;

namespace MipgTeams.SharePoint.Sync.Lists;

/// <summary>What every list mapper does with the entity a row stands for: find it by key, add it when new, remove it.</summary>
internal static class ListRows
{
    /// <summary>The entity with <paramref name="key"/>, or a new one from <paramref name="create"/>, already added.</summary>
    public static async Task<T> FindOrAddAsync<T>(this DbSet<T> set, object key, Func<T> create, CancellationToken cancellationToken)
        where T : class
    {
        if (await set.FindAsync([key], cancellationToken) is { } found)
        {
            return found;
        }
        var created = create();
        set.Add(created);
        return created;
    }

    /// <summary>Removes the entity with <paramref name="key"/>, if there is one.</summary>
    public static async Task RemoveIfPresentAsync<T>(this DbSet<T> set, object key, CancellationToken cancellationToken)
        where T : class
    {
        if (await set.FindAsync([key], cancellationToken) is { } found)
        {
            set.Remove(found);
        }
    }
}
