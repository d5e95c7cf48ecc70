using Microsoft.Extensions.Hosting;

namespace MipgTeams.Bot.Tests.Support;

internal static class HostedServiceRemoval
{
    /// <summary>
    /// Removes the background service registered as <typeparamref name="T"/>. Throws when there is none, so a renamed
    /// or re-registered service fails the tests instead of silently racing them.
    /// </summary>
    public static IServiceCollection RemoveHostedService<T>(this IServiceCollection services)
        where T : IHostedService
    {
        var registrations = services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(T)).ToList();
        if (registrations.Count == 0)
        {
            throw new InvalidOperationException($"{typeof(T).Name} is not registered as a hosted service.");
        }
        foreach (var registration in registrations)
        {
            services.Remove(registration);
        }
        return services;
    }
}
