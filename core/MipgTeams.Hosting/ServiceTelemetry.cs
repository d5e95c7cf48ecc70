using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace MipgTeams.Hosting;

/// <summary>
/// What a host exports: its service name, the name of its own ActivitySource and Meter, and instrumentation only it
/// has (ASP.NET Core for the bot; this project stays free of ASP.NET Core so the sync worker does not need it).
/// </summary>
public sealed record ServiceTelemetry(string ServiceName, string SourceName)
{
    public Action<TracerProviderBuilder>? Tracing { get; init; }

    public Action<MeterProviderBuilder>? Metrics { get; init; }
}
