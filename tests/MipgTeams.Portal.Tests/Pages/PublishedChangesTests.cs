using MipgTeams.Domain.ChangeRequests;
using MipgTeams.Domain.People;
using MipgTeams.Store.Publishing;

namespace MipgTeams.Portal.Tests.Pages;

/// <summary>What a published change request changed shows beside the document; open requests and people never do.</summary>
public sealed class PublishedChangesTests
{
    private static readonly Person Requester = new("Ana Pérez", "ana.perez@cartagena.gov.co", "aaaaaaaa-0000-0000-0000-000000000001");
    private static readonly Person Leader = new("Andrea Ríos", "andrea@cartagena.gov.co", "5f0c1a10-0000-4000-8000-000000000007");
    private static readonly Person Quality = new("Lina Pérez", "lina@cartagena.gov.co", "5f0c1a10-0000-4000-8000-000000000020");
    private static readonly Deciders Deciders = new(Leader, [Quality]);
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 13, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_published_change_shows_on_the_document_page_and_in_recent_changes_without_its_people()
    {
        await using var host = await PortalHost.StartAsync();
        var published = Validated("Se actualiza el paso 4 según el Decreto 1081");
        var open = Submit("Borrador: cambiar el alcance");
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
            Assert.DoesNotContain("Borrador: cambiar el alcance", html);
            Assert.DoesNotContain("Ana Pérez", html);
            Assert.DoesNotContain("Lina Pérez", html);
            Assert.DoesNotContain("cartagena.gov.co", html);
        }
    }

    [Fact]
    public async Task A_validated_change_whose_publication_stopped_is_not_shown_as_published()
    {
        await using var host = await PortalHost.StartAsync();
        var stopped = Validated("Se corrige el flujograma del paso 2");
        await using (var db = host.Demo.Store.CreateDbContext())
        {
            db.ChangeRequests.Add(stopped);
            await db.SaveChangesAsync();
            // The file in SharePoint changed since submission: the job stopped before touching the library.
            db.PublicationJobs.Add(new PublicationJob
            {
                ChangeRequestId = stopped.Id, Kind = ChangeKind.Modify, Status = PublicationJobStatus.Conflict, ProcessCode = "GLEGN02",
                DocumentCode = "GLEGN02-P001", CreatedAt = Start.AddHours(2), NextAttemptAt = Start.AddHours(2),
            });
            await db.SaveChangesAsync();
        }

        foreach (var path in new[] { "/documentos/GLEGN02-P001", "/cambios", "/cambios.atom" })
        {
            Assert.DoesNotContain("Se corrige el flujograma del paso 2", await host.GetHtmlAsync(path));
        }
    }

    /// <summary>A request approved by the leader and validated by the quality team: what gets published.</summary>
    private static ChangeRequest Validated(string description)
    {
        var request = Submit(description);
        request.ApproveAsLeader(new Actor(Leader.EntraObjectId!, Leader.DisplayName), Deciders, request.Version, Start.AddHours(1));
        request.ValidateAsQuality(new Actor(Quality.EntraObjectId!, Quality.DisplayName), Deciders, request.Version, Start.AddHours(2));
        return request;
    }

    private static ChangeRequest Submit(string description) =>
        ChangeRequest.Submit(new ChangeDetails(ChangeKind.Modify, "GLEGN02-P001", "GLEGN02", null, description, "Cambió la norma", null), Requester with { }, Start); // an owned value: one instance per request
}
