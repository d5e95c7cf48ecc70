using MipgTeams.Bot.Protocol;

namespace MipgTeams.Bot.Conversation;

/// <summary>Handles the Action.Execute verbs of a feature's cards (adaptiveCard/action invokes, and Action.Submit fallbacks).</summary>
public interface IInvokeHandler
{
    bool CanHandle(string verb);

    Task<InvokeResponse> HandleAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken);
}
