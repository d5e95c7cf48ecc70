namespace MipgTeams.Domain.ChangeRequests;

/// <summary>What the requester wants done to the document (the four options of the quality office's request form).</summary>
public enum ChangeKind
{
    Crear,
    Modificar,
    ActualizarVersion,
    Eliminar,
}
