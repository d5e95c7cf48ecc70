using MipgTeams.Domain.People;
using MipgTeams.Domain.Settings;

namespace MipgTeams.Domain.Reminders;

/// <summary>Who decides what today: the leader of each process (by process code) and the active quality team.</summary>
public sealed record Approvers(IReadOnlyDictionary<string, Person> LeadersByProcess, IReadOnlyList<QualityTeamMember> QualityTeam);
