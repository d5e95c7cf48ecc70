namespace MipgTeams.Domain.Settings;

/// <summary>A row of the settings list admins keep in SharePoint (deadlines, reminder hour, review period...).</summary>
public sealed class AppSetting
{
    public required string Key { get; set; }
    public required string Value { get; set; }
    public string? Description { get; set; }
}
