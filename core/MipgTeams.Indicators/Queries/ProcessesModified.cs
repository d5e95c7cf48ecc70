namespace MipgTeams.Indicators.Queries;

/// <summary>"Procesos racionalizados o modificados": published changes per quarter and per macroprocess.</summary>
public sealed record ProcessesModified(IReadOnlyList<ProcessesModifiedQuarter> ByQuarter, IReadOnlyList<ProcessesModifiedMacroprocess> ByMacroprocess);

/// <summary>One quarter: the published changes by kind, and how many distinct processes they touched.</summary>
public sealed record ProcessesModifiedQuarter(int Year, int Quarter, KindCounts Changes, int Processes);

/// <summary>One macroprocess (null code: a process no longer in the Procesos list) over the whole period.</summary>
public sealed record ProcessesModifiedMacroprocess(string? Code, string Name, KindCounts Changes);
