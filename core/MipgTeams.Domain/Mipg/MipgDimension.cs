namespace MipgTeams.Domain.Mipg;

/// <summary>One of the seven MIPG dimensions (Tabla 1 of the cartilla).</summary>
public sealed class MipgDimension
{
    public int Number { get; set; }
    public required string Name { get; set; }
    public List<MipgPolicy> Policies { get; } = [];
}
