namespace MipgTeams.Portal.MasterList;

/// <summary>The master list's columns, by which it can be sorted.</summary>
internal enum MasterListColumn
{
    Code,
    Title,
    Type,
    Version,
    ApprovedOn,
    Process,
    Macroprocess,
}
