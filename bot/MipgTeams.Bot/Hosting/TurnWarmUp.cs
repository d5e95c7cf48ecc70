using MipgTeams.Bot.Answers;
using MipgTeams.Bot.Protocol;
using MipgTeams.Search.Index;

namespace MipgTeams.Bot.Hosting;

/// <summary>
/// Runs once before the bot serves, after the index has caught up, so the first people to write after a start or a
/// deployment are answered as fast as the rest: the protocol's object graph and wire format, the store's lookup and
/// write of a new conversation and of an asked question (rolled back), and whole message turns in process (a question of
/// each kind, its answer card, and the commands that read the store), each compiled here instead of in somebody's first
/// turn. Nothing it does stays in the store.
/// </summary>
internal static class TurnWarmUp
{
    /// <summary>The conversation the warm-up turns happen in; its reference is removed afterwards.</summary>
    internal const string ConversationId = "a:mipg-warm-up";

    public static async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        try
        {
            await WarmAsync(services, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Only speed is at stake: the bot serves anyway, and the first turns pay what was not warmed.
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(TurnWarmUp)).LogWarning(e, "Warming the turn path failed");
        }
    }

    private static async Task WarmAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        services.WarmUpBotProtocol();
        var references = services.GetRequiredService<ConversationReferences>();
        await references.WarmUpAsync(cancellationToken);
        var recorder = services.GetRequiredService<QuestionRecorder>();
        await recorder.WarmUpAsync(cancellationToken);
        try
        {
            foreach (var text in SampleMessages(services.GetRequiredService<ModelCatalog>()))
            {
                await services.RunWarmUpTurnAsync(Message(text), cancellationToken);
            }
        }
        finally
        {
            // The host is not serving yet, so every queued question is a warm-up one.
            recorder.DiscardQueued();
            await references.ForgetAsync(ConversationId, cancellationToken);
        }
    }

    // A document code, a title, a misspelled question, a figure, a contact, nothing found, and the commands most used.
    private static IEnumerable<string> SampleMessages(ModelCatalog catalog)
    {
        if (catalog.Documents.Values.FirstOrDefault() is { } document)
        {
            yield return document.Code;
            yield return document.Title;
        }
        yield return "¿dónde está el prosedimiento de bacaciones?";
        yield return "¿en cuántos días hábiles se responde un derecho de petición?";
        yield return "¿quién lidera el proceso de gestión documental?";
        yield return "zzzz qqqq";
        yield return "ayuda";
        yield return "mis solicitudes";
    }

    private static Activity Message(string text) => new()
    {
        Type = ActivityTypes.Message,
        Id = "mipg-warm-up",
        Timestamp = DateTimeOffset.UnixEpoch,
        ServiceUrl = "https://localhost/",
        ChannelId = "msteams",
        From = new ChannelAccount { Id = "29:mipg-warm-up", Name = "warm-up", AadObjectId = Guid.Empty.ToString() },
        Recipient = new ChannelAccount { Id = "28:mipg-warm-up", Name = "MipgTeams" },
        Conversation = new ConversationAccount { Id = ConversationId, ConversationType = "personal" },
        Text = text,
        Locale = "es-CO",
    };
}
