using MipgTeams.Bot.Answers;
using MipgTeams.Bot.Conversation;
using MipgTeams.Bot.Protocol;

namespace MipgTeams.Bot;

public static class BotServiceCollectionExtensions
{
    /// <summary>The bot's conversation: commands, answers and card actions, over the Bot Framework protocol.</summary>
    public static IServiceCollection AddMipgBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBotProtocol(configuration);
        services.AddSingleton<IBot, MipgBot>();
        services.AddSingleton<ConversationReferences>();
        services.AddSingleton<IMessageCommand, HelpCommand>();
        services.AddSingleton<IQuestionAnswerer, DocumentLookupAnswerer>();
        return services;
    }
}
