using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.Logging;
using MipgTeams.TestSupport.Graph;

namespace MipgTeams.Bench.Sync;

/// <summary>The fake Graph of the tests, carried by a bare Kestrel endpoint so the server is not what gets measured.</summary>
internal sealed class FakeGraphServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private FakeGraphServer(WebApplication app, FakeGraphHandler handler, string baseUrl)
    {
        this.app = app;
        Handler = handler;
        BaseUrl = baseUrl;
    }

    public FakeGraphHandler Handler { get; }

    public string BaseUrl { get; }

    /// <param name="state">The fake site to serve.</param>
    /// <param name="latency">Added to every answer, as a round trip to SharePoint Online would take.</param>
    public static async Task<FakeGraphServer> StartAsync(FakeGraphState state, TimeSpan latency = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        FakeGraphHandler? handler = null;
        app.Run(async context =>
        {
            if (latency > TimeSpan.Zero && context.Request.Path != "/_requests")
            {
                await Task.Delay(latency, TimeProvider.System);
            }
            if (context.Request.Path == "/_requests")
            {
                await context.Response.WriteAsync(handler!.Requests.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
                return;
            }
            var answer = handler!.Handle(context.Request.Method, new Uri(context.Request.GetEncodedUrl()));
            context.Response.StatusCode = answer.Status;
            foreach (var (name, value) in answer.Headers)
            {
                context.Response.Headers[name] = value;
            }
            context.Response.ContentType = answer.ContentType;
            await context.Response.Body.WriteAsync(answer.Body);
        });
        await app.StartAsync();
        var url = app.Urls.First() + "/v1.0";
        handler = new FakeGraphHandler(state, url);
        return new FakeGraphServer(app, handler, url);
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
