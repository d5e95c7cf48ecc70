namespace MipgTeams.Bot.ChangeRequests;

/// <summary>
/// What a person typed in the request form (the card's inputs, by id), kept as typed (the endpoint caps the body) so the
/// length checks report what was really typed; the form cuts what it shows back.
/// </summary>
internal sealed record ChangeRequestInput(string? Kind, string? DocumentCode, string? ProcessCode, string? Title, string? Description, string? Reason, string? DraftUrl)
{
    public static ChangeRequestInput Empty { get; } = new(null, null, null, null, null, null, null);

    /// <summary>The form this came from: set when the form is first shown and kept while it comes back with errors.</summary>
    public Guid? FormId { get; init; }

    public static ChangeRequestInput From(CardAction action) => new(
        Read(action, "kind"), Read(action, "documentCode"), Read(action, "processCode"), Read(action, "title"),
        Read(action, "description"), Read(action, "reason"), Read(action, "draftUrl"))
    {
        FormId = Guid.TryParseExact(action.GetString("formId"), "N", out var formId) ? formId : null,
    };

    private static string? Read(CardAction action, string name) => action.GetString(name);
}
