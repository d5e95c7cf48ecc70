using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.Logging;

namespace MipgTeams.Bench.Publication;

/// <summary>
/// Serves an <see cref="HttpMessageHandler"/> fake (the tests' writable Graph) on a bare local Kestrel endpoint, so the
/// publisher goes through a real HTTP stack, as it would to Graph, and the fake stays the one the tests assert on.
/// </summary>
internal sealed class HandlerServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly HttpMessageInvoker invoker;
    private readonly SemaphoreSlim gate;

    private HandlerServer(WebApplication app, HttpMessageInvoker invoker, SemaphoreSlim gate, string baseUrl)
    {
        this.app = app;
        this.invoker = invoker;
        this.gate = gate;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public static async Task<HandlerServer> StartAsync(HttpMessageHandler handler)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var invoker = new HttpMessageInvoker(handler, disposeHandler: false);
        var gate = new SemaphoreSlim(1, 1); // the fake is not thread-safe; the publisher calls one at a time anyway
        app.Run(async context =>
        {
            using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), context.Request.GetEncodedUrl());
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body, context.RequestAborted);
            if (body.Length > 0 || context.Request.ContentLength is > 0)
            {
                request.Content = new ByteArrayContent(body.ToArray());
            }
            foreach (var header in context.Request.Headers.Where(h => h.Key is "If-Match" or "Authorization"))
            {
                request.Headers.TryAddWithoutValidation(header.Key, header.Value.ToArray());
            }
            await gate.WaitAsync(context.RequestAborted);
            try
            {
                using var response = await invoker.SendAsync(request, context.RequestAborted);
                context.Response.StatusCode = (int)response.StatusCode;
                if (response.Content.Headers.ContentType is { } type)
                {
                    context.Response.ContentType = type.ToString();
                }
                await context.Response.Body.WriteAsync(await response.Content.ReadAsByteArrayAsync(context.RequestAborted), context.RequestAborted);
            }
            finally
            {
                gate.Release();
            }
        });
        await app.StartAsync();
        return new HandlerServer(app, invoker, gate, app.Urls.First() + "/v1.0");
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        invoker.Dispose();
        gate.Dispose();
    }
}
