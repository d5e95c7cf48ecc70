using MipgTeams.Bot.Answers;
using MipgTeams.Bot.ChangeRequests;
using MipgTeams.Bot.Outbox;
using MipgTeams.Bot.Outbox.Installation;
using MipgTeams.Bot.Protocol;
using MipgTeams.Bot.Reminders;
using MipgTeams.Search;

namespace MipgTeams.Bot;

public static class BotServiceCollectionExtensions
{
    /// <summary>The bot's conversation: commands, answers and card actions, over the Bot Framework protocol.</summary>
    public static IServiceCollection AddMipgBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBotProtocol(configuration, BotLanguage.Configure);
        services.AddSingleton<IBot, MipgBot>();
        services.AddSingleton<ConversationReferences>();
        services.AddSingleton<IMessageCommand, HelpCommand>();
        services.AddReminders(configuration);
        services.AddChangeRequests(configuration);
        return services.AddAnswers(configuration).AddOutbox(configuration);
    }

    /// <summary>Questions answered from the search index and the model, with feedback.</summary>
    public static IServiceCollection AddAnswers(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSearch(configuration);
        services.AddSingleton<IQuestionAnswerer, SearchAnswerer>();
        services.AddSingleton<QuestionRecorder>();
        services.AddHostedService(sp => sp.GetRequiredService<QuestionRecorder>());
        services.AddSingleton<IInvokeHandler, AnswerFeedbackHandler>();
        services.AddSingleton<IMessageCommand, UnansweredQuestionsCommand>();
        services.AddSingleton<IMessageCommand, AskCommand>();
        services.AddSingleton<IQualityTeamNotifier, OutboxQualityTeamNotifier>();
        return services;
    }

    /// <summary>The durable outbox for proactive messages and its paced sender.</summary>
    public static IServiceCollection AddOutbox(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<TeamsAppOptions>().Bind(configuration.GetSection(TeamsAppOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IOutbox, StoreOutbox>();
        services.AddSingleton<IUndeliveredReplySink, OutboxReplySink>();
        services.AddSingleton<ITeamsAppInstaller, GraphTeamsAppInstaller>();
        services.AddSingleton<DeliveryNotices>();
        services.AddSingleton<RecipientReach>();
        services.AddSingleton<TeamsPacer>();
        services.AddSingleton<OutboxSender>();
        services.AddHostedService<OutboxSenderService>();
        return services;
    }
}
