namespace MipgTeams.Bot.Protocol;

public enum BotAppType
{
    SingleTenant,
    MultiTenant,
}
