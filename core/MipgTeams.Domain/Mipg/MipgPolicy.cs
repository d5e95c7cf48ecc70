namespace MipgTeams.Domain.Mipg;

/// <summary>One of the nineteen MIPG policies, with the office that leads it.</summary>
public sealed class MipgPolicy
{
    public int Number { get; set; }
    public required string Name { get; set; }
    public int DimensionNumber { get; set; }
    public required string LeadingOffice { get; set; }
    public string? Purpose { get; set; }
}
