namespace MipgTeams.DemoLibrary.Catalog;

internal sealed record DemoTeamMember(DemoPerson Person, bool Coordinator);
