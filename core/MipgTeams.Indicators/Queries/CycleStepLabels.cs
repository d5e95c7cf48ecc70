namespace MipgTeams.Indicators.Queries;

/// <summary>The Spanish words of <see cref="CycleStep"/>.</summary>
public static class CycleStepLabels
{
    public static string Label(this CycleStep step) => step switch
    {
        CycleStep.Leader => "Aprobación del líder",
        CycleStep.Quality => "Validación de calidad",
        _ => "Total (solicitud a publicación)",
    };
}
