using System.Net;
using System.Text.Json.Nodes;

namespace MipgTeams.Portal.Tests.Pages;

/// <summary>A document admins keep internal (library column «Publico» = No) shows to nobody on the portal.</summary>
public sealed class InternalDocumentTests
{
    [Fact]
    public async Task An_internal_document_is_nowhere_on_the_portal_and_comes_back_when_made_public()
    {
        await using var host = await PortalHost.StartAsync();
        await SetPublicAsync(host, "GLEGN02-F003", "No");

        var page = await host.Client.GetAsync("/documentos/GLEGN02-F003");
        var download = await host.Client.GetAsync("/documentos/GLEGN02-F003/1.0");
        var process = await host.GetHtmlAsync("/procesos/GLEGN02");
        var list = await host.GetHtmlAsync("/listado-maestro?obsoletos=1");
        var search = await host.GetHtmlAsync("/buscar?q=agenda+regulatoria+anual");
        var csv = await host.GetHtmlAsync("/listado-maestro.csv");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
        foreach (var html in new[] { process, list, search, csv })
        {
            Assert.DoesNotContain("GLEGN02-F003", html);
        }

        await SetPublicAsync(host, "GLEGN02-F003", "Sí");
        Assert.Contains("GLEGN02-F003", await host.GetHtmlAsync("/procesos/GLEGN02"));
    }

    private static async Task SetPublicAsync(PortalHost host, string code, string value)
    {
        var file = Path.Combine(host.Demo.Folder, "library", "_columnas.json");
        var columns = JsonNode.Parse(await File.ReadAllTextAsync(file))!.AsObject();
        foreach (var (_, fields) in columns.Where(c => c.Value?["Codigo"]?.GetValue<string>() == code))
        {
            fields!["Publico"] = value;
        }
        await File.WriteAllTextAsync(file, columns.ToJsonString());
        await host.Demo.SyncAsync();
        await host.CatchUpAsync();
    }
}
