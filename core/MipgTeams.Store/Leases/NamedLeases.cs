namespace MipgTeams.Store.Leases;

/// <summary>
/// Named leases in the store (the <see cref="Lease"/> rows): one owner at a time, until a time; taken and renewed
/// with one conditional update each, so racing instances cannot both win. An owner that dies stops renewing and the lease
/// lapses; one that stops cleanly releases it and another can take it at once.
/// </summary>
public static class NamedLeases
{
    /// <summary>
    /// Takes <paramref name="name"/> for <paramref name="owner"/> until <paramref name="until"/> when it is free: never
    /// taken, released, lapsed at <paramref name="now"/>, or already <paramref name="owner"/>'s. False when another holds it.
    /// </summary>
    public static async Task<bool> TryTakeAsync(
        this MipgDbContext db, string name, string owner, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var taken = await db.Leases
            .Where(l => l.Name == name && (l.Owner == null || l.Owner == owner || l.Until < now))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Owner, owner).SetProperty(l => l.Until, until), cancellationToken);
        if (taken == 1)
        {
            return true;
        }
        if (await db.Leases.AnyAsync(l => l.Name == name, cancellationToken))
        {
            return false;
        }
        var row = db.Leases.Add(new Lease { Name = name, Owner = owner, Until = until });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            return false; // another instance created it first, and holds it
        }
        finally
        {
            row.State = EntityState.Detached;
        }
    }

    /// <summary>
    /// Extends <paramref name="name"/> to <paramref name="until"/> only if <paramref name="owner"/> still holds it: false
    /// when another took it meanwhile (even if it has released it since), so the owner knows others may have acted.
    /// </summary>
    public static async Task<bool> TryRenewAsync(
        this MipgDbContext db, string name, string owner, DateTimeOffset until, CancellationToken cancellationToken) =>
        await db.Leases
            .Where(l => l.Name == name && l.Owner == owner)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Until, until), cancellationToken) == 1;

    /// <summary>Lets go of <paramref name="name"/> if <paramref name="owner"/> holds it, so another can take it at once.</summary>
    public static async Task ReleaseAsync(
        this MipgDbContext db, string name, string owner, DateTimeOffset now, CancellationToken cancellationToken) =>
        await db.Leases
            .Where(l => l.Name == name && l.Owner == owner)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Owner, (string?)null).SetProperty(l => l.Until, now), cancellationToken);
}
