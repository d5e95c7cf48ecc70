using MipgTeams.Domain.Settings;

namespace MipgTeams.Store;

/// <summary>
/// The quality team as every feature sees it: the active members of the Equipo de Calidad list. One query, so that who
/// counts as "quality team" (for validations, reminders, reports and unanswered questions) cannot drift between features.
/// </summary>
public static class QualityTeamQueries
{
    /// <summary>The active quality team members, read without tracking.</summary>
    public static async Task<IReadOnlyList<QualityTeamMember>> ActiveQualityTeamAsync(this MipgDbContext db, CancellationToken cancellationToken) =>
        await db.QualityTeam.AsNoTracking().Where(m => m.IsActive).ToListAsync(cancellationToken);

    /// <summary>Whether the Entra object id <paramref name="objectId"/> is an active quality team member's.</summary>
    public static async Task<bool> IsActiveQualityMemberAsync(this MipgDbContext db, string? objectId, CancellationToken cancellationToken) =>
        !string.IsNullOrWhiteSpace(objectId)
        && (await db.ActiveQualityTeamAsync(cancellationToken)).Any(m => m.Person.HasObjectId(objectId));
}
