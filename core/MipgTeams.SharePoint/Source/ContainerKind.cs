namespace MipgTeams.SharePoint.Source;

public enum ContainerKind
{
    DocumentLibrary,
    ProcessesList,
    PoliciesList,
    QualityTeamList,
    SettingsList,
    ChangeRequestsList,
}
