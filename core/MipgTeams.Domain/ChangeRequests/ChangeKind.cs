namespace MipgTeams.Domain.ChangeRequests;

/// <summary>
/// What the requester wants done to the document (the four options of the quality office's request form). The Spanish
/// words (label, and the code kept in the store and in the form's choice values) are in <see cref="ChangeRequestLabels"/>.
/// </summary>
public enum ChangeKind
{
    Create,
    Modify,
    NewVersion,
    Remove,
}
