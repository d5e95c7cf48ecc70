using MipgTeams.Bot.ChangeRequests.Cards;
using MipgTeams.Bot.Protocol;
using MipgTeams.Domain.Documents;
using MipgTeams.SharePoint.Publishing;
using MipgTeams.Store;

namespace MipgTeams.Bot.ChangeRequests;

/// <summary>
/// "quiero solicitar un cambio" (optionally with a code): the request form, with the code filled in when given and, on
/// the folder library, the drafts of its Borradores/ folder to choose from.
/// </summary>
internal sealed class RequestChangeCommand(IDbContextFactory<MipgDbContext> dbFactory, ILibraryPublisher library) : IMessageCommand
{
    public bool AnswersPrivately => true;

    public bool Matches(string folded) =>
        folded.Contains("solicitar un cambio", StringComparison.Ordinal) || folded.Contains("solicitar cambio", StringComparison.Ordinal)
        || folded.StartsWith("solicitud de cambio", StringComparison.Ordinal) || folded is "nueva solicitud" or "cambiar un documento";

    public async Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var choices = await FormChoices.LoadAsync(db, library, cancellationToken);
        // The code as typed, even a wrong one: the form shows it with what is wrong (unknown, obsolete, malformed) at once,
        // rather than after the person has filled in everything else.
        var code = DocumentCode.FindAll(turn.Text).Select(c => c.ToString()).FirstOrDefault()
            ?? turn.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(DocumentCode.IsCodeShaped);
        var input = ChangeRequestInput.Empty with { DocumentCode = code };
        var errors = new Dictionary<string, string>();
        if (code is not null && (await ChangeRequestInputResolver.ResolveAsync(db, input, cancellationToken)).Errors.TryGetValue("documentCode", out var codeError))
        {
            errors["documentCode"] = codeError;
        }
        var card = ChangeRequestFormCard.Create(input, errors, choices);
        await turn.ReplyWithCardAsync(card, cancellationToken);
    }
}
