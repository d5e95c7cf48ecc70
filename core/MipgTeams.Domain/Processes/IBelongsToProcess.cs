namespace MipgTeams.Domain.Processes;

/// <summary>Something kept under one process of the Procesos list by its code: a document, a change request.</summary>
public interface IBelongsToProcess
{
    string ProcessCode { get; }
}
