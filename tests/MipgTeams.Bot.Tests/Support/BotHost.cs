using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MipgTeams.Bot.Reminders;
using MipgTeams.Search.Index;

namespace MipgTeams.Bot.Tests.Support;

/// <summary>
/// The real bot (Program) over a store synced from the demo library, with the connector faked at HTTP. Optionally with
/// authentication on, against a <see cref="TestIssuer"/>.
/// </summary>
public sealed class BotHost : IAsyncDisposable
{
    public const string AppId = "11111111-2222-3333-4444-555555555555";
    public const string TenantId = "99999999-0000-0000-0000-000000000001";

    private readonly WebApplicationFactory<Program> factory;

    private BotHost(SyncedDemo demo, FakeConnector connector, WebApplicationFactory<Program> factory)
    {
        Demo = demo;
        Connector = connector;
        this.factory = factory;
        Client = factory.CreateClient();
    }

    public SyncedDemo Demo { get; }
    public FakeConnector Connector { get; }
    public HttpClient Client { get; }
    public IServiceProvider Services => factory.Services;

    // connectorSettings: settings that need the fake connector's address (e.g. TeamsApp:ServiceUrl).
    public static async Task<BotHost> StartAsync(
        TestIssuer? issuer = null, Action<IServiceCollection>? services = null, IDictionary<string, string?>? settings = null,
        Func<FakeConnector, IDictionary<string, string?>>? connectorSettings = null)
    {
        var demo = await SyncedDemo.CreateAsync();
        var connector = new FakeConnector();
        var configuration = new Dictionary<string, string?>
        {
            ["Store:Provider"] = demo.Store.Options.Provider,
            ["Store:ConnectionString"] = demo.Store.Options.ConnectionString,
            ["Folder:Root"] = demo.Folder,
            ["Search:IndexPath"] = Path.Combine(demo.Folder, "index"),
            ["Bot:MicrosoftAppId"] = issuer is null ? "" : AppId,
            ["Bot:MicrosoftAppPassword"] = issuer is null ? "" : "not-a-real-secret",
            ["Bot:MicrosoftAppTenantId"] = issuer is null ? "" : TenantId,
            // The longest inline budget: a shared, loaded test machine must not push ordinary replies to the outbox.
            ["Bot:InlineSendBudget"] = "00:00:04",
            ["Bot:OpenIdMetadataUrl"] = issuer?.MetadataUrl ?? "https://login.botframework.com/v1/.well-known/openidconfiguration",
        };
        if (issuer is not null)
        {
            configuration["Bot:AllowedTenants:0"] = TenantId;
        }
        foreach (var (key, value) in (settings ?? new Dictionary<string, string?>()).Concat(connectorSettings?.Invoke(connector) ?? new Dictionary<string, string?>()))
        {
            configuration[key] = value;
        }
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Testing");
            web.ConfigureAppConfiguration(c => c.AddInMemoryCollection(configuration));
            web.ConfigureServices(s =>
            {
                // Outgoing calls carry a fixed token instead of asking Entra for one.
                s.RemoveAll<IBotTokenProvider>();
                // Tests drive the background work themselves (CatchUpAsync, SendDueAsync), so nothing races them.
                s.RemoveHostedService<OutboxSenderService>()
                    .RemoveHostedService<IndexUpdaterService>()
                    .RemoveHostedService<ReminderScheduler>()
                    .RemoveHostedService<MipgTeams.SharePoint.LeasedJobService<MipgTeams.SharePoint.Publishing.PublicationRunner>>();
                s.AddSingleton<IBotTokenProvider>(new FixedTokenProvider(issuer is null ? null : "outgoing-test-token"));
                services?.Invoke(s);
            });
        });
        try
        {
            return new BotHost(demo, connector, factory);
        }
        catch
        {
            // The host refused to start (a test of start-up validation): nothing may be left behind.
            await factory.DisposeAsync();
            connector.Dispose();
            await demo.DisposeAsync();
            throw;
        }
    }

    /// <summary>A personal-chat message from a staff member, as the Playground sends it.</summary>
    public JsonObject Message(string text, string? deliveryMode = null, string? serviceUrl = null) => new()
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString(),
        ["timestamp"] = "2026-11-25T13:00:00Z",
        ["serviceUrl"] = serviceUrl ?? Connector.ServiceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = "29:staff", ["name"] = "Ana Pérez", ["aadObjectId"] = "aaaaaaaa-0000-0000-0000-000000000001" },
        ["recipient"] = new JsonObject { ["id"] = "28:" + AppId, ["name"] = "MipgTeams" },
        ["conversation"] = new JsonObject { ["id"] = "a:personal-ana", ["conversationType"] = "personal", ["tenantId"] = TenantId },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
        ["text"] = text,
        ["deliveryMode"] = deliveryMode,
    };

    public Task<HttpResponseMessage> PostAsync(JsonObject activity, string? token = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(activity) };
        if (token is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }
        return Client.SendAsync(request);
    }

    /// <summary>An Action.Execute click on a card, as Teams sends it, by the person given (default: the staff member).</summary>
    public async Task<JsonObject> ClickAsync(JsonObject action, string aadObjectId = "aaaaaaaa-0000-0000-0000-000000000001", string userId = "29:staff")
    {
        var invoke = Message("");
        invoke.Remove("text");
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";
        invoke["from"] = new JsonObject { ["id"] = userId, ["aadObjectId"] = aadObjectId };
        invoke["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = action["verb"]!.DeepClone(), ["data"] = action["data"]!.DeepClone() }, ["trigger"] = "manual" };
        var response = await PostAsync(invoke);
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    /// <summary>Sends with deliveryMode expectReplies and returns the replies from the HTTP response.</summary>
    public async Task<List<JsonObject>> AskAsync(string text, string aadObjectId = "aaaaaaaa-0000-0000-0000-000000000001")
    {
        var message = Message(text, "expectReplies");
        message["from"]!["aadObjectId"] = aadObjectId;
        var response = await PostAsync(message);
        response.EnsureSuccessStatusCode();
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return body["activities"]!.AsArray().Select(a => a!.AsObject()).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await factory.DisposeAsync();
        Connector.Dispose();
        await Demo.DisposeAsync();
    }

    private sealed class FixedTokenProvider(string? token) : IBotTokenProvider
    {
        public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult(token);
    }
}
