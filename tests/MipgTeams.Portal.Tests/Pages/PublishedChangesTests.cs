using MipgTeams.Domain.ChangeRequests;
using MipgTeams.Store.Publishing;
using MipgTeams.TestSupport.ChangeRequests;

namespace MipgTeams.Portal.Tests.Pages;

/// <summary>What a published change request changed shows beside the document; open requests and people never do.</summary>
public sealed class PublishedChangesTests
{
    [Fact]
    public async Task A_published_change_shows_on_the_document_page_and_in_recent_changes_without_its_people()
    {
        await using var host = await PortalHost.StartAsync();
        var published = ChangeRequestBuilder.In(ChangeRequestStatus.Published, "Se actualiza el paso 4 según el Decreto 1081");
        var open = ChangeRequestBuilder.In(ChangeRequestStatus.PendingLeader, "Borrador: cambiar el alcance");
        await using (var db = host.Demo.Store.CreateDbContext())
        {
            db.ChangeRequests.AddRange(published, open);
            await db.SaveChangesAsync();
        }

        var page = await host.GetHtmlAsync("/documentos/GLEGN02-P001");
        var changes = await host.GetHtmlAsync("/cambios");
        var feed = await host.GetHtmlAsync("/cambios.atom");

        Assert.Contains("2026-11-25</strong> · Modificar: Se actualiza el paso 4 según el Decreto 1081", page);
        Assert.Contains("Modificar: Se actualiza el paso 4 según el Decreto 1081", changes);
        Assert.Contains("Se actualiza el paso 4 según el Decreto 1081", feed);
        foreach (var html in new[] { page, changes, feed })
        {
            HtmlAssert.ShowsNone(html, "Borrador: cambiar el alcance", "Ana Pérez", "Lina Pérez", "cartagena.gov.co");
        }
    }

    [Fact]
    public async Task A_validated_change_whose_publication_stopped_is_not_shown_as_published()
    {
        await using var host = await PortalHost.StartAsync();
        var stopped = ChangeRequestBuilder.In(ChangeRequestStatus.Published, "Se corrige el flujograma del paso 2");
        await using (var db = host.Demo.Store.CreateDbContext())
        {
            db.ChangeRequests.Add(stopped);
            await db.SaveChangesAsync();
            // The file in SharePoint changed since submission: the job stopped before touching the library.
            db.PublicationJobs.Add(new PublicationJob
            {
                ChangeRequestId = stopped.Id, Kind = ChangeKind.Modify, Status = PublicationJobStatus.Conflict, ProcessCode = "GLEGN02",
                DocumentCode = "GLEGN02-P001", CreatedAt = ChangeRequestBuilder.Start.AddHours(2), NextAttemptAt = ChangeRequestBuilder.Start.AddHours(2),
            });
            await db.SaveChangesAsync();
        }

        foreach (var path in new[] { "/documentos/GLEGN02-P001", "/cambios", "/cambios.atom" })
        {
            Assert.DoesNotContain("Se corrige el flujograma del paso 2", await host.GetHtmlAsync(path));
        }
    }
}
