namespace MipgTeams.Domain.ChangeRequests;

/// <summary>The Spanish words staff read for kinds, states and events, and the words they may type for a kind.</summary>
public static class ChangeRequestLabels
{
    public static string Label(this ChangeKind kind) => kind switch
    {
        ChangeKind.Crear => "Crear",
        ChangeKind.Modificar => "Modificar",
        ChangeKind.ActualizarVersion => "Actualizar versión",
        ChangeKind.Eliminar => "Eliminar",
        _ => kind.ToString(),
    };

    public static string Label(this ChangeRequestStatus status) => status switch
    {
        ChangeRequestStatus.PendingLeader => "Pendiente de aprobación del líder",
        ChangeRequestStatus.PendingQuality => "Pendiente de validación de calidad",
        ChangeRequestStatus.Published => "Publicada",
        ChangeRequestStatus.Returned => "Devuelta al solicitante",
        ChangeRequestStatus.Cancelled => "Cancelada",
        _ => status.ToString(),
    };

    public static string Label(this ChangeRequestEventType type) => type switch
    {
        ChangeRequestEventType.Submitted => "Solicitada",
        ChangeRequestEventType.ApprovedByLeader => "Aprobada por el líder",
        ChangeRequestEventType.ValidatedByQuality => "Validada por calidad y publicada",
        ChangeRequestEventType.Rejected => "Rechazada",
        ChangeRequestEventType.Resubmitted => "Corregida y reenviada",
        ChangeRequestEventType.Cancelled => "Cancelada",
        _ => type.ToString(),
    };

    /// <summary>Reads a kind from a card's choice value or from what a person typed ("actualizar version").</summary>
    public static bool TryParseKind(string? text, out ChangeKind kind)
    {
        var folded = TextFolding.Fold(text ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
        foreach (var candidate in Enum.GetValues<ChangeKind>())
        {
            if (string.Equals(folded, candidate.ToString(), StringComparison.OrdinalIgnoreCase) || folded == TextFolding.Fold(candidate.Label()).Replace(" ", "", StringComparison.Ordinal))
            {
                kind = candidate;
                return true;
            }
        }
        kind = default;
        return false;
    }

    public static bool IsOpen(this ChangeRequestStatus status) =>
        status is ChangeRequestStatus.PendingLeader or ChangeRequestStatus.PendingQuality or ChangeRequestStatus.Returned;
}
