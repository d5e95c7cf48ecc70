using System.Text.Json.Nodes;
using MipgTeams.Bot.Answers;
using MipgTeams.Bot.Outbox;
using MipgTeams.Bot.Protocol;
using MipgTeams.Domain;
using MipgTeams.Store;

namespace MipgTeams.Bot.Conversation;

/// <summary>
/// The bot: remembers who it talks to, welcomes new members, runs commands, answers questions, and routes card actions
/// to the feature that owns their verb. Every other activity type is acknowledged and ignored.
/// </summary>
internal sealed class MipgBot(
    ConversationReferences references, IEnumerable<IMessageCommand> commands, IEnumerable<IInvokeHandler> invokeHandlers,
    IQuestionAnswerer answerer, IOutbox outbox, IDbContextFactory<MipgDbContext> dbFactory, ILogger<MipgBot> logger) : IBot
{
    private const string PrivateOnlyReply =
        "Eso lo respondo solo en nuestro chat personal, para no mostrar aquí datos que son tuyos. Escríbeme en privado: busca MipgTeams en el chat de Teams.";

    private const string AnsweredPrivatelyReply = "Te respondí en nuestro chat personal, para no mostrar aquí datos que son tuyos.";

    private const string EmptyMessageReply =
        "No recibí texto en tu mensaje. Escríbeme un código de documento (por ejemplo, GLEGN02-P001) o tu pregunta; \"ayuda\" muestra todo lo que puedo hacer.";

    public async Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        await references.RememberAsync(turn.Activity, cancellationToken);
        switch (turn.Activity.Type)
        {
            case ActivityTypes.Message:
                await OnMessageAsync(turn, cancellationToken);
                break;
            case ActivityTypes.ConversationUpdate:
                await OnConversationUpdateAsync(turn, cancellationToken);
                break;
            case ActivityTypes.Invoke:
                turn.InvokeResponse = await OnInvokeAsync(turn, cancellationToken);
                break;
            default:
                logger.LogDebug("Ignored a {Type} activity", LogSafe.Value(turn.Activity.Type));
                break;
        }
    }

    private async Task OnMessageAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        // Action.Submit (the fallback of Action.Execute on old clients) arrives as a message with a value and no text.
        if (string.IsNullOrWhiteSpace(turn.Text) && CardAction.From(turn.Activity.Value) is { } submitted)
        {
            await SubmittedAsync(turn, await DispatchAsync(turn, submitted, cancellationToken), cancellationToken);
            return;
        }
        if (string.IsNullOrWhiteSpace(turn.Text))
        {
            // A picture, a file or an empty message: nothing to look up, but never silence.
            await turn.ReplyAsync(EmptyMessageReply, cancellationToken);
            return;
        }
        var folded = CommandText.Of(turn.Text);
        var command = commands.FirstOrDefault(c => c.Matches(folded));
        if (command is not null)
        {
            if (command.AnswersPrivately && turn.Activity.Conversation?.ConversationType is { } type && type != "personal")
            {
                await AnswerPrivatelyAsync(turn, command, cancellationToken);
                return;
            }
            await command.HandleAsync(turn, cancellationToken);
            return;
        }
        await answerer.AnswerAsync(turn, cancellationToken);
    }

    private async Task AnswerPrivatelyAsync(ITurnContext turn, IMessageCommand command, CancellationToken cancellationToken)
    {
        if (turn.Activity.From?.AadObjectId is not { Length: > 0 } objectId || !Guid.TryParse(objectId, out _))
        {
            await turn.ReplyAsync(PrivateOnlyReply, cancellationToken);
            return;
        }
        var privately = new PrivateTurnContext(turn, objectId, outbox, dbFactory);
        await command.HandleAsync(privately, cancellationToken);
        if (privately.SentPrivately)
        {
            await turn.ReplyAsync(AnsweredPrivatelyReply, cancellationToken);
        }
    }

    // Action.Submit cannot be answered with an invoke response: the message becomes a reply, the card replaces the one
    // that was clicked (or arrives as a new message), the error is said in words.
    private static async Task SubmittedAsync(ITurnContext turn, InvokeResponse response, CancellationToken cancellationToken)
    {
        var body = response.Body;
        switch (body?["type"]?.GetValue<string>())
        {
            case "application/vnd.microsoft.activity.message" when body["value"] is JsonValue text:
                await turn.ReplyAsync(text.ToString(), cancellationToken);
                break;
            case "application/vnd.microsoft.card.adaptive" when body["value"] is JsonObject card:
                var reply = turn.Activity.CreateReply();
                reply.Attachments = [Attachment.AdaptiveCard(card.DeepClone().AsObject())];
                if (turn.Activity.ReplyToId is { Length: > 0 } cardId)
                {
                    reply.Id = cardId;
                    reply.ReplyToId = null;
                    await turn.UpdateActivityAsync(reply, cancellationToken);
                }
                else
                {
                    await turn.SendActivityAsync(reply, cancellationToken);
                }
                break;
            case "application/vnd.microsoft.error" when (body["value"]?["message"]) is JsonValue message:
                await turn.ReplyAsync(message.ToString(), cancellationToken);
                break;
        }
    }

    private static async Task OnConversationUpdateAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var botId = turn.Activity.Recipient?.Id;
        var newcomers = turn.Activity.MembersAdded?.Where(m => m.Id != botId).ToList() ?? [];
        var botAdded = turn.Activity.MembersAdded?.Any(m => m.Id == botId) == true;
        // Welcome once: when the bot is added to a chat or team, or when a person opens the 1:1 chat.
        if (botAdded || (newcomers.Count > 0 && turn.Activity.Conversation?.ConversationType is null or "personal"))
        {
            var welcome = turn.Activity.CreateReply(WelcomeMessage.Text);
            welcome.ReplyToId = null;
            await turn.SendActivityAsync(welcome, cancellationToken);
        }
    }

    // Null for invokes other than card actions: the protocol answers those "not implemented" (ProtocolTexts).
    private async Task<InvokeResponse?> OnInvokeAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.Name != "adaptiveCard/action")
        {
            return null;
        }
        var action = CardAction.From(turn.Activity.Value);
        if (action is null)
        {
            return InvokeResponse.Error(400, "BadRequest", "La acción de la tarjeta no trae un verbo.");
        }
        return await DispatchAsync(turn, action, cancellationToken);
    }

    private async Task<InvokeResponse> DispatchAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var handler = invokeHandlers.FirstOrDefault(h => h.CanHandle(action.Verb));
        return handler is null
            ? InvokeResponse.Error(400, "UnknownAction", "Esta acción ya no está disponible. Escribe \"ayuda\" para ver lo que puedo hacer.")
            : await handler.HandleAsync(turn, action, cancellationToken);
    }
}
