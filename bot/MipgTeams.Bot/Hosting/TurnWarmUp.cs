using System.Text.Json;
using MipgTeams.Bot.Answers;
using MipgTeams.Bot.Protocol;
using MipgTeams.Search.Answers;

namespace MipgTeams.Bot.Hosting;

/// <summary>
/// Runs once before the bot serves, after the index has caught up, so the first people to write after a start or a
/// deployment are answered as fast as the rest: the protocol's object graph and wire format, the store's lookup and
/// write of a new conversation and of an asked question (rolled back), and an answer card of each kind rendered and serialized. Nothing it does
/// stays in the store.
/// </summary>
internal static class TurnWarmUp
{
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
        await services.GetRequiredService<ConversationReferences>().WarmUpAsync(cancellationToken);
        await services.GetRequiredService<QuestionRecorder>().WarmUpAsync(cancellationToken);
        var engine = services.GetRequiredService<AnswerEngine>();
        foreach (var question in new[] { "formato de solicitud", "zzzz qqqq" })
        {
            var answer = engine.Answer(question);
            AnswerCard.PlainText(answer);
            JsonSerializer.Serialize(AnswerCard.Render(answer, Guid.Empty, question), BotJson.Options);
        }
    }
}
