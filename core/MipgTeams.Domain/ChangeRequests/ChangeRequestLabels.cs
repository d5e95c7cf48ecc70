namespace MipgTeams.Domain.ChangeRequests;

/// <summary>The Spanish words staff read for kinds, states and events, and the words they may type for a kind.</summary>
public static class ChangeRequestLabels
{
    private static readonly SpanishNames<ChangeKind> Kinds = new(
        (ChangeKind.Create, "Crear", "Crear"),
        (ChangeKind.Modify, "Modificar", "Modificar"),
        (ChangeKind.NewVersion, "ActualizarVersion", "Actualizar versión"),
        (ChangeKind.Remove, "Eliminar", "Eliminar"));

    public static string Label(this ChangeKind kind) => Kinds.Label(kind);

    /// <summary>The Spanish identifier kept in the store and in the form's choice values ("ActualizarVersion").</summary>
    public static string Code(this ChangeKind kind) => Kinds.Code(kind);

    /// <summary>The kind whose <see cref="Code"/> is <paramref name="code"/>; throws on any other text.</summary>
    public static ChangeKind KindFromCode(string code) => Kinds.FromCode(code);

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
    public static bool TryParseKind(string? text, out ChangeKind kind) => Kinds.TryParse(text, out kind);

    public static bool IsOpen(this ChangeRequestStatus status) =>
        status is ChangeRequestStatus.PendingLeader or ChangeRequestStatus.PendingQuality or ChangeRequestStatus.Returned;
}
