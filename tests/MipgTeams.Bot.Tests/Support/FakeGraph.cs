using WireMock.Matchers;

namespace MipgTeams.Bot.Tests.Support;

/// <summary>
/// Microsoft Graph's Teams app installation faked at HTTP: installs answer <see cref="InstallStatus"/> (201, 409 already
/// installed, 403 no consent), the installation is found by its catalog id, and its chat is "19:{user}_bot@unq.gbl.spaces".
/// </summary>
public sealed class FakeGraph : IDisposable
{
    public FakeGraph()
    {
        Server = WireMockServer.Start();
        Server.Given(Request.Create().WithPath(new WildcardMatcher("/users/*/teamwork/installedApps")).UsingPost())
            .RespondWith(Response.Create().WithCallback(_ => InstallStatus switch
            {
                201 => new WireMock.ResponseMessage { StatusCode = 201 },
                var status => Error(status),
            }));
        Server.Given(Request.Create().WithPath(new WildcardMatcher("/users/*/teamwork/installedApps")).UsingGet())
            .RespondWith(Response.Create().WithCallback(request => Json(new JsonObject
            {
                ["value"] = new JsonArray(new JsonObject { ["id"] = "inst-" + User(request.Path) }),
            })));
        Server.Given(Request.Create().WithPath(new WildcardMatcher("/users/*/teamwork/installedApps/*/chat")).UsingGet())
            .RespondWith(Response.Create().WithCallback(request => Json(new JsonObject
            {
                ["id"] = ChatOf(User(request.Path)),
                ["chatType"] = "oneOnOne",
            })));
    }

    public WireMockServer Server { get; }

    public string BaseUrl => Server.Url!;

    public int InstallStatus { get; set; } = 201;

    public static string ChatOf(string user) => $"19:{user}_bot@unq.gbl.spaces";

    /// <summary>The install requests, as (user, body).</summary>
    public IReadOnlyList<(string User, JsonObject Body)> Installs => Server.LogEntries
        .Where(e => e.RequestMessage!.Method == "POST")
        .Select(e => (User(e.RequestMessage!.Path), JsonNode.Parse(e.RequestMessage.Body!)!.AsObject())).ToList();

    /// <summary>The settings that point the bot's installer here (section TeamsApp).</summary>
    public Dictionary<string, string?> Settings(string serviceUrl) => new()
    {
        ["TeamsApp:CatalogAppId"] = CatalogAppId,
        ["TeamsApp:ServiceUrl"] = serviceUrl,
        ["TeamsApp:TenantId"] = BotHost.TenantId,
        ["TeamsApp:GraphBaseUrl"] = BaseUrl,
        ["TeamsApp:Credential:Kind"] = "None",
    };

    public const string CatalogAppId = "7d1e4f00-0000-4000-8000-00000000ca7a";

    private static string User(string path) => path.Split('/')[2];

    private static WireMock.ResponseMessage Json(JsonObject body) => new()
    {
        StatusCode = 200,
        BodyData = new WireMock.Util.BodyData { DetectedBodyType = WireMock.Types.BodyType.String, BodyAsString = body.ToJsonString() },
        Headers = new Dictionary<string, WireMock.Types.WireMockList<string>> { ["Content-Type"] = new("application/json") },
    };

    private static WireMock.ResponseMessage Error(int status)
    {
        var response = Json(new JsonObject { ["error"] = new JsonObject { ["code"] = status == 409 ? "Conflict" : "Forbidden", ["message"] = "fake" } });
        response.StatusCode = status;
        return response;
    }

    public void Dispose() => Server.Stop();
}
