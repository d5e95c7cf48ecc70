using MipgTeams.Domain.People;

namespace MipgTeams.Domain.Settings;

/// <summary>A member of the quality team (equipo de calidad); any member may validate a change request.</summary>
public sealed class QualityTeamMember
{
    public long Id { get; set; }
    public required Person Person { get; set; }
    /// <summary>The coordinator receives overdue escalations.</summary>
    public bool IsCoordinator { get; set; }
    public bool IsActive { get; set; } = true;
}
