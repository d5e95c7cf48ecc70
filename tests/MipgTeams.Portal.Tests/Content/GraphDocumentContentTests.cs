using Microsoft.Extensions.Options;
using MipgTeams.Domain.Documents;
using MipgTeams.Portal.Content;
using MipgTeams.SharePoint.Graph;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace MipgTeams.Portal.Tests.Content;

/// <summary>Downloads on SharePoint: the drive item's content endpoint, faked at HTTP (Graph answers with a redirect).</summary>
public sealed class GraphDocumentContentTests : IDisposable
{
    private const string Site = "contoso.sharepoint.com,11111111-1111-1111-1111-111111111111,22222222-2222-2222-2222-222222222222";
    private static readonly byte[] File = [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4];
    private readonly WireMockServer graph = WireMockServer.Start();

    public GraphDocumentContentTests()
    {
        graph.Given(Request.Create().WithPath($"/v1.0/sites/{Site}/lists").UsingGet())
            .RespondWith(Json("""{"value":[{"id":"list-docs","name":"Documentos","displayName":"Documentos"}]}"""));
        graph.Given(Request.Create().WithPath($"/v1.0/sites/{Site}/lists/list-docs/drive").UsingGet())
            .RespondWith(Json("""{"id":"drive-1"}"""));
        graph.Given(Request.Create().WithPath("/v1.0/drives/drive-1/items/item-42/content").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(302).WithHeader("Location", graph.Url + "/download/item-42"));
        graph.Given(Request.Create().WithPath("/download/item-42").UsingGet())
            .RespondWith(Response.Create().WithBody(File).WithHeader("Content-Type", "application/octet-stream"));
        graph.Given(Request.Create().WithPath("/v1.0/drives/drive-1/items/item-gone/content").UsingGet())
            .RespondWith(Json("""{"error":{"code":"itemNotFound","message":"The resource could not be found."}}""", 404));
    }

    [Fact]
    public async Task A_SharePoint_document_is_streamed_from_its_drive_items_content()
    {
        await using var stream = await Content().OpenAsync(Document("item-42"), CancellationToken.None);
        using var copy = new MemoryStream();
        await stream!.CopyToAsync(copy);

        Assert.Equal(File, copy.ToArray());
    }

    [Fact]
    public async Task A_document_gone_from_SharePoint_is_no_content_not_an_error()
    {
        var stream = await Content().OpenAsync(Document("item-gone"), CancellationToken.None);

        Assert.Null(stream);
    }

    [Fact]
    public async Task A_document_of_another_library_is_never_asked_for()
    {
        var document = Document("item-42");
        document.SourceContainer = "graph:library:Otra";

        var stream = await Content().OpenAsync(document, CancellationToken.None);

        Assert.Null(stream);
        Assert.DoesNotContain(graph.LogEntries, e => e.RequestMessage?.Path?.Contains("/content", StringComparison.Ordinal) == true);
    }

    private SourceDocumentContent Content() => new(new GraphSharePointSource(Options.Create(new GraphSourceOptions
    {
        BaseUrl = graph.Url + "/v1.0",
        Site = Site,
        Libraries = ["Documentos"],
        Credential = new GraphCredentialOptions { Kind = "None" },
        MaxRetries = 0,
    })));

    private static Document Document(string itemId) => new()
    {
        SourceContainer = "graph:library:Documentos",
        SourceItemId = itemId,
        Code = "GLEGN02-P001",
        Title = "Procedimiento",
        ProcessCode = "GLEGN02",
        Path = "Gestión Jurídica/Mejora Normativa/GLEGN02-P001 Procedimiento.docx",
        Status = DocumentStatus.Current,
    };

    private static IResponseBuilder Json(string body, int status = 200) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);

    public void Dispose() => graph.Stop();
}
