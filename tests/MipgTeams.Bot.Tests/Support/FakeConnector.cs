namespace MipgTeams.Bot.Tests.Support;

/// <summary>The Bot Connector faked at HTTP: accepts sends, replies, updates and conversation creation, and records them.</summary>
public sealed class FakeConnector : IDisposable
{
    private readonly Lock gate = new();
    private readonly List<(int Count, TaskCompletionSource Reached)> waits = [];
    private int nextId;
    private int answered;

    public FakeConnector()
    {
        Server = WireMockServer.Start();
        Server.Given(Request.Create().WithPath("/v3/conversations").UsingPost())
            .AtPriority(10)
            .RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new { id = "a:new-1to1" }));
        Server.Given(Request.Create().WithPath("/v3/conversations/*").UsingAnyMethod())
            .AtPriority(10)
            .RespondWith(Response.Create().WithCallback(_ => Answered(new WireMock.ResponseMessage
            {
                StatusCode = 201,
                BodyData = new WireMock.Util.BodyData
                {
                    DetectedBodyType = WireMock.Types.BodyType.String,
                    BodyAsString = $"{{\"id\":\"activity-{Interlocked.Increment(ref nextId)}\"}}",
                },
                Headers = new Dictionary<string, WireMock.Types.WireMockList<string>> { ["Content-Type"] = new("application/json") },
            })));
    }

    /// <summary>Completes once the connector has answered <paramref name="count"/> calls to conversation activities.</summary>
    public Task ActivityCallsAsync(int count)
    {
        lock (gate)
        {
            if (answered >= count)
            {
                return Task.CompletedTask;
            }
            var wait = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            waits.Add((count, wait));
            return wait.Task.WaitAsync(TimeSpan.FromSeconds(10));
        }
    }

    private WireMock.ResponseMessage Answered(WireMock.ResponseMessage response)
    {
        lock (gate)
        {
            answered++;
            foreach (var wait in waits.Where(w => w.Count <= answered).ToList())
            {
                wait.Reached.TrySetResult();
                waits.Remove(wait);
            }
        }
        return response;
    }

    public WireMockServer Server { get; }

    /// <summary>From now on every conversation call hangs (for minutes) until <see cref="Heal"/>.</summary>
    public Guid Hang() => Fault(Response.Create().WithStatusCode(201).WithDelay(TimeSpan.FromMinutes(3)));

    /// <summary>From now on every conversation call is answered <paramref name="status"/> until <see cref="Heal"/>.</summary>
    public Guid Refuse(int status) => Fault(Response.Create().WithStatusCode(status).WithHeader("Retry-After", "1"));

    /// <summary>Ends a fault: calls are answered normally again.</summary>
    public void Heal(Guid fault) => Server.DeleteMapping(fault);

    private Guid Fault(IResponseBuilder response)
    {
        var fault = Guid.NewGuid();
        Server.Given(Request.Create().WithPath("/v3/conversations*").UsingAnyMethod()).WithGuid(fault).AtPriority(1).RespondWith(response);
        return fault;
    }

    /// <summary>The serviceUrl the activities carry, like the Playground's (no trailing slash).</summary>
    public string ServiceUrl => Server.Url!;

    /// <summary>Activities the bot posted (messages and typing), in order, as JSON.</summary>
    public IReadOnlyList<JsonObject> Posted => Requests
        .Where(r => r.Method == "POST" && r.Path.Contains("/activities", StringComparison.Ordinal))
        .Select(r => JsonNode.Parse(r.Body!)!.AsObject()).ToList();

    public IReadOnlyList<JsonObject> Messages => Posted.Where(a => a["type"]?.GetValue<string>() == "message").ToList();

    /// <summary>Every call, in the order the requests arrived (the log itself is written when each answer is done).</summary>
    public IReadOnlyList<WireMock.IRequestMessage> Requests => Server.LogEntries.Select(e => e.RequestMessage!).OrderBy(r => r.DateTime).ToList();

    public void Dispose() => Server.Stop();
}
