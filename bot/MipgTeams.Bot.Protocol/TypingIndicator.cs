using Microsoft.Extensions.Logging;

namespace MipgTeams.Bot.Protocol;

/// <summary>
/// Teams shows "…" while the bot works. Worth it only when the answer is not instant: the first typing activity goes
/// out after <see cref="BotOptions.TypingDelay"/> unless the bot has answered by then, and again every
/// <see cref="BotOptions.TypingInterval"/> while it keeps working (Teams hides the indicator after a few seconds).
/// </summary>
internal static class TypingIndicator
{
    public static async Task RunAsync(TurnContext turn, IConnectorClient connector, BotOptions options, TimeProvider time, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(options.TypingDelay, time, cancellationToken);
            while (!turn.Responded && !cancellationToken.IsCancellationRequested)
            {
                var typing = turn.Activity.CreateReply();
                typing.Type = ActivityTypes.Typing;
                typing.ReplyToId = null;
                typing.Locale = null;
                await connector.SendToConversationAsync(turn.Activity.ServiceUrl!, turn.Activity.Conversation!.Id!, typing, cancellationToken);
                await Task.Delay(options.TypingInterval, time, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception e)
        {
            // A lost typing indicator is not worth more than a debug line; the answer still goes out.
            logger.LogDebug(e, "Typing indicator not sent");
        }
    }
}
