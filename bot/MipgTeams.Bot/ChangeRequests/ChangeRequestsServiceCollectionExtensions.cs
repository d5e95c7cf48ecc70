using MipgTeams.Bot.ChangeRequests.Reports;
using MipgTeams.Bot.ChangeRequests.Publication;
using MipgTeams.SharePoint.Publishing;
using MipgTeams.SharePoint.WriteBack;

namespace MipgTeams.Bot.ChangeRequests;

public static class ChangeRequestsServiceCollectionExtensions
{
    /// <summary>
    /// Change requests in Teams: the request form, approval and validation cards, "mis solicitudes", "pendientes", the
    /// committee report (its download links are served by `MapCommitteeReport` in Program.cs), and the mirror of every request in a SharePoint list (section "WriteBack").
    /// </summary>
    public static IServiceCollection AddChangeRequests(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ChangeRequestOptions>().Bind(configuration.GetSection(ChangeRequestOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddChangeRequestWriteBack(configuration);
        services.AddSingleton<IPublicationEvents, OutboxPublicationEvents>();
        services.AddLibraryPublication(configuration);
        services.AddSingleton<Acknowledgments>();
        services.AddSingleton<IMessageCommand, SocializationCommand>();
        services.AddSingleton<ChangeRequestNotifier>();
        services.AddSingleton<ChangeRequestService>();
        services.AddSingleton<IInvokeHandler, ChangeRequestActionHandler>();
        services.AddSingleton<IMessageCommand, RequestChangeCommand>();
        services.AddSingleton<IMessageCommand, MyRequestsCommand>();
        services.AddSingleton<IMessageCommand, PendingCommand>();
        services.AddSingleton<IMessageCommand, CommitteeReportCommand>();
        services.AddSingleton<CommitteeReportBuilder>();
        services.AddSingleton<ReportLinks>();
        return services;
    }
}
