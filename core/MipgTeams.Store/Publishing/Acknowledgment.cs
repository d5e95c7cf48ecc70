namespace MipgTeams.Store.Publishing;

/// <summary>Someone read a published version («Leído» on the «Nueva versión publicada» card): recorded once per person.</summary>
public sealed class Acknowledgment
{
    public long ChangeRequestId { get; set; }
    public required string ObjectId { get; set; }
    public required string Name { get; set; }
    public DateTimeOffset At { get; set; }
}
