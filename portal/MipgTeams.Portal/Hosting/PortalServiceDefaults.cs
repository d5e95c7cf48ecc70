using MipgTeams.Hosting;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace MipgTeams.Portal.Hosting;

internal static class PortalServiceDefaults
{
    /// <summary>The shared defaults (health checks, telemetry) with the portal's incoming requests.</summary>
    public static WebApplicationBuilder AddPortalServiceDefaults(this WebApplicationBuilder builder) =>
        builder.AddServiceDefaults(new ServiceTelemetry("mipgteams-portal", "MipgTeams.Portal")
        {
            Tracing = t => t.AddAspNetCoreInstrumentation(),
            Metrics = m => m.AddAspNetCoreInstrumentation(),
        });
}
