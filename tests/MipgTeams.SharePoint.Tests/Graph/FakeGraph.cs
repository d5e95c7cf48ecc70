using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;

namespace MipgTeams.SharePoint.Tests.Graph;

/// <summary>A fake Graph at HTTP (WireMock) serving a fake SharePoint site; the real Graph SDK talks to it.</summary>
public sealed class FakeGraph : IDisposable
{
    private readonly WireMockServer server;

    private FakeGraph(FakeGraphState state)
    {
        server = WireMockServer.Start();
        BaseUrl = server.Url! + "/v1.0";
        Handler = new FakeGraphHandler(state, BaseUrl);
        server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithCallback(request =>
        {
            var answer = Handler.Handle(request.Method, new Uri(request.AbsoluteUrl));
            var headers = answer.Headers.ToDictionary(h => h.Key, h => new WireMockList<string>(h.Value));
            headers["Content-Type"] = new WireMockList<string>(answer.ContentType);
            return new ResponseMessage
            {
                StatusCode = answer.Status,
                Headers = headers,
                BodyData = new BodyData { BodyAsBytes = answer.Body, DetectedBodyType = BodyType.Bytes },
            };
        }));
    }

    public string BaseUrl { get; }

    public FakeGraphHandler Handler { get; }

    public FakeGraphState State => Handler.State;

    public IReadOnlyList<string> Requests => Handler.Requests;

    public static FakeGraph Start(FakeGraphState state) => new(state);

    public void Dispose() => server.Stop();
}
