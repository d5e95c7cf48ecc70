namespace MipgTeams.Bot.Reminders;

public static class RemindersServiceCollectionExtensions
{
    /// <summary>
    /// The daily digests (section "Reminders"; hour, deadlines, review period and channel come from the settings list),
    /// the weekly summary to the quality team's channel, and the admin commands to preview or send them now.
    /// </summary>
    public static IServiceCollection AddReminders(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReminderOptions>().Bind(configuration.GetSection(ReminderOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ReminderInputs>();
        services.AddSingleton<ReminderClaims>();
        services.AddSingleton<ReminderRunner>();
        services.AddHostedService<ReminderScheduler>();
        services.AddSingleton<IMessageCommand, ReminderAdminCommand>();
        return services;
    }
}
