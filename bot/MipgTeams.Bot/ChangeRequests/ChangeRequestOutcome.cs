namespace MipgTeams.Bot.ChangeRequests;

/// <summary>
/// What became of an attempt: done (the request in its new state), refused with a Spanish reason, invalid input by field,
/// or already decided (a double click, or someone else was first: the request as it is now, unchanged by this attempt).
/// </summary>
internal sealed record ChangeRequestOutcome(
    ChangeRequest? Request, Deciders? Deciders, string? Refusal, IReadOnlyDictionary<string, string> Errors, bool AlreadyDecided = false,
    bool NotAllowed = false)
{
    private static readonly IReadOnlyDictionary<string, string> NoErrors = new Dictionary<string, string>();

    public bool Succeeded => Refusal is null && Errors.Count == 0 && !AlreadyDecided && Request is not null;

    public static ChangeRequestOutcome Done(ChangeRequest request, Deciders deciders) => new(request, deciders, null, NoErrors);

    public static ChangeRequestOutcome Refused(string reason, ChangeRequest? request = null, Deciders? deciders = null) => new(request, deciders, reason, NoErrors);

    /// <summary>Refused because of who asked: the reason says who may act, which anyone may know.</summary>
    public static ChangeRequestOutcome NotTheirs(string reason, ChangeRequest request, Deciders deciders) => new(request, deciders, reason, NoErrors, NotAllowed: true);

    public static ChangeRequestOutcome Invalid(IReadOnlyDictionary<string, string> errors, ChangeRequest? request = null) => new(request, null, null, errors);

    public static ChangeRequestOutcome Decided(ChangeRequest request, Deciders deciders) => new(request, deciders, null, NoErrors, AlreadyDecided: true);
}
