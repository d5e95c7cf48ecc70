namespace MipgTeams.Bot.Protocol;

/// <summary>The bot's logic, called once per incoming activity (the same shape as the Bot Framework SDK's IBot).</summary>
public interface IBot
{
    Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken);
}
