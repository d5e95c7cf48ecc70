using System.Net;
using System.Net.Http.Headers;

namespace MipgTeams.Portal.Tests.Content;

public sealed class DownloadTests(PortalFixture portal) : PortalTests(portal)
{
    [Fact]
    public async Task A_current_version_downloads_with_its_content_type_and_a_Spanish_file_name()
    {
        var response = await Host.Client.GetAsync("/documentos/GLEGN02-P001/4.0");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var onDisk = await File.ReadAllBytesAsync(Directory.EnumerateFiles(Path.Combine(Host.Demo.Folder, "library"), "GLEGN02-P001 Procedimiento*", SearchOption.AllDirectories).Single());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("GLEGN02-P001 v4.0 Procedimiento Actos Administrativos de Carácter General", response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.EndsWith(".docx", response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(onDisk, bytes);
    }

    [Fact]
    public async Task An_obsolete_version_downloads_too()
    {
        var response = await Host.Client.GetAsync("/documentos/GLEGN02-P001/3.0");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("GLEGN02-P001 v3.0", response.Content.Headers.ContentDisposition?.FileNameStar);
    }

    [Fact]
    public async Task A_browser_that_has_the_file_gets_304_by_its_ETag()
    {
        var first = await Host.Client.GetAsync("/documentos/GLEGN02-F002/2.0");
        var again = new HttpRequestMessage(HttpMethod.Get, "/documentos/GLEGN02-F002/2.0");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        var second = await Host.Client.SendAsync(again);

        Assert.NotNull(first.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_file_gone_from_the_library_is_a_404_not_a_500()
    {
        await using var host = await PortalHost.StartAsync();
        var file = Directory.EnumerateFiles(Path.Combine(host.Demo.Folder, "library"), "GLEGN02-F003*", SearchOption.AllDirectories).Single();
        File.Delete(file);

        var response = await host.Client.GetAsync("/documentos/GLEGN02-F003/1.0");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }
}
