namespace MipgTeams.Domain.Documents;

/// <summary>
/// Kinds of controlled document; the letter after the dash of a code says which. Letters and Spanish words are in
/// <see cref="DocumentTypes"/>.
/// </summary>
public enum DocumentType
{
    Characterization,
    Procedure,
    Form,
    Guide,
    Manual,
    Instruction,
}
