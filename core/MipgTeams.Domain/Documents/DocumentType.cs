namespace MipgTeams.Domain.Documents;

/// <summary>Kinds of controlled document; the letter after the dash of a code says which.</summary>
public enum DocumentType
{
    Caracterizacion,
    Procedimiento,
    Formato,
    Guia,
    Manual,
    Instructivo,
}
