using MipgTeams.Domain.People;

namespace MipgTeams.Domain.Processes;

/// <summary>
/// A process or, when <see cref="ParentCode"/> is set, a subprocess. The leader approves change requests
/// for the documents of the process; admins keep it in the SharePoint processes list.
/// </summary>
public sealed class Process
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string MacroprocessCode { get; set; }
    public string? ParentCode { get; set; }
    public Person? Leader { get; set; }
    /// <summary>The office (dependencia) that owns the process, as staff name it.</summary>
    public string? Office { get; set; }

    /// <summary>
    /// Who hears of every new version of the process's documents besides its leader (column "Socializar"): Entra object
    /// ids or Teams channel ids (19:…), separated by ";" or ",".
    /// </summary>
    public string? AnnounceTo { get; set; }

    public bool IsSubprocess => ParentCode is not null;
}
