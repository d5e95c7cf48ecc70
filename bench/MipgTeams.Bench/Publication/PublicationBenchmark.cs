using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MipgTeams.Bench.Sync;
using MipgTeams.Domain.ChangeRequests;
using MipgTeams.Domain.Documents;
using MipgTeams.Domain.People;
using MipgTeams.SharePoint.Folder;
using MipgTeams.SharePoint.Publishing;
using MipgTeams.Store;
using MipgTeams.Store.Publishing;
using MipgTeams.Store.Sync;
using MipgTeams.TestSupport;
using MipgTeams.TestSupport.Graph;

namespace MipgTeams.Bench.Publication;

/// <summary>
/// Publishing 200 validated Modificar requests, one at a time as the worker does (Publication:BatchSize=1), on the
/// folder library and on SharePoint through the real Graph SDK against the tests' writable Graph served by a local
/// Kestrel. Prints p50/p95 per publication (the worker's whole pass: lease, library steps, store and index rows) and,
/// on Graph, the calls per publication and whether any call was repeated within one.
/// Usage: publication [latency ms added to each Graph call, default 0] [folder|graph|both, default both].
/// </summary>
internal static class PublicationBenchmark
{
    private const int Changes = 200;
    private const int WarmUp = 20;
    private const string Folder = "Gestión Jurídica/Mejora Normativa";

    public static async Task RunAsync(string[] args)
    {
        var latency = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 0;
        var sources = args.Length > 1 ? args[1] : "both";
        Console.WriteLine($"Publication of {Changes} validated changes (Modificar), one per worker pass");
        // A short untimed round of each first: the JIT's tiers and the first connections are not a publication's cost.
        await FolderAsync(WarmUp, report: false);
        await GraphAsync(WarmUp, 0, report: false);
        if (sources is "both" or "folder")
        {
            await FolderAsync(Changes, report: true);
        }
        if (sources is "both" or "graph")
        {
            await GraphAsync(Changes, latency, report: true);
        }
    }

    private static async Task FolderAsync(int changes, bool report)
    {
        var root = Directory.CreateTempSubdirectory("mipg-publication-bench-").FullName;
        try
        {
            var library = Path.Combine(root, "library");
            var columns = new Dictionary<string, Dictionary<string, string>>();
            await using var store = await TestStore.CreateAsync(StoreProvider.Sqlite);
            await using (var db = store.CreateDbContext())
            {
                for (var i = 1; i <= changes; i++)
                {
                    var path = $"{Folder}/{Code(i)} Procedimiento {i}.docx";
                    var content = SmallFiles.Docx(i);
                    Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(library, path))!);
                    await File.WriteAllBytesAsync(Path.Combine(library, path), content);
                    Directory.CreateDirectory(Path.Combine(library, "Borradores"));
                    await File.WriteAllBytesAsync(Path.Combine(library, "Borradores", $"borrador {i}.docx"), SmallFiles.Docx(10_000 + i));
                    columns[path] = new() { ["Codigo"] = Code(i), ["Version"] = "4.0", ["Estado"] = "Vigente" };
                    var tag = Convert.ToHexStringLower(SHA256.HashData(content));
                    Seed(db, i, FolderSharePointSource.LibraryId, path, path, tag, $"Borradores/borrador {i}.docx");
                }
                await db.SaveChangesAsync();
            }
            await File.WriteAllTextAsync(Path.Combine(library, "_columnas.json"), JsonSerializer.Serialize(columns));
            using var services = Services(store, new()
            {
                ["Sync:Source"] = "Folder",
                ["Folder:Root"] = root,
            });
            var times = await PublishAllAsync(services, changes, _ => { });
            if (report)
            {
                Report("Folder", times, calls: null);
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task GraphAsync(int changes, int latencyMs, bool report)
    {
        var graph = new WritableGraph();
        await using var store = await TestStore.CreateAsync(StoreProvider.Sqlite);
        await using (var db = store.CreateDbContext())
        {
            for (var i = 1; i <= changes; i++)
            {
                var path = $"{Folder}/{Code(i)} Procedimiento {i}.docx";
                var item = graph.Add(path, "", new() { ["Codigo"] = Code(i), ["Version"] = "4.0", ["Estado"] = "Vigente" });
                graph.Items[item.Id] = item with { Content = SmallFiles.Docx(i) };
                var draft = graph.Add($"Borradores/borrador {i}.docx", "");
                graph.Items[draft.Id] = draft with { Content = SmallFiles.Docx(10_000 + i) };
                Seed(db, i, "graph:library:Documentos", item.Id, path, WritableGraph.CTag(graph.Items[item.Id]),
                    $"https://contoso.sharepoint.com/sites/calidad/Documentos/Borradores/borrador {i}.docx");
            }
            await db.SaveChangesAsync();
        }
        await using var server = await HandlerServer.StartAsync(new Delayed(graph, TimeSpan.FromMilliseconds(latencyMs)));
        using var services = Services(store, new()
        {
            ["Sync:Source"] = "Graph",
            ["Graph:BaseUrl"] = server.BaseUrl,
            ["Graph:Site"] = "site-1",
            ["Graph:Libraries:0"] = "Documentos",
            ["Graph:MaxRetries"] = "0",
            ["Publication:Credential:Kind"] = "None",
        });
        var perPublication = new List<List<string>>();
        var times = await PublishAllAsync(services, changes, _ =>
        {
            perPublication.Add([.. graph.Calls]);
            graph.Calls.Clear();
        });
        if (!report)
        {
            return;
        }
        // The site and the drive are resolved once for the process (GraphSite) and are not among the calls counted.
        Report($"Graph (local Kestrel fake, {latencyMs} ms added per call)", times, perPublication);
        var kinds = perPublication[^1].Select(c => c.Split(' ')[0] + " " + Shape(c[(c.IndexOf(' ', StringComparison.Ordinal) + 1)..]));
        Console.WriteLine("  calls of one publication: " + string.Join(" | ", kinds));
    }

    private static void Seed(MipgDbContext db, int i, string container, string itemId, string path, string tag, string draft)
    {
        db.Documents.Add(new Document
        {
            SourceContainer = container, SourceItemId = itemId, Code = Code(i), Title = $"Procedimiento {i}", Version = "4.0", Status = DocumentStatus.Current,
            Type = DocumentType.Procedure, ProcessCode = "GLEGN02", Path = path, ChangeNumber = i,
        });
        db.SourceItems.Add(new SourceItemRecord { Container = container, ItemId = itemId, Path = path, ContentTag = tag });
        var request = ChangeRequest.Submit(new ChangeDetails(ChangeKind.Modify, Code(i), "GLEGN02", null, $"Paso {i}", "Norma nueva", draft),
            new Person("Ana", "", "aaaaaaaa-0000-0000-0000-000000000001"), DateTimeOffset.UnixEpoch);
        db.ChangeRequests.Add(request);
        db.PublicationJobs.Add(new PublicationJob
        {
            Request = request, Kind = ChangeKind.Modify, ProcessCode = "GLEGN02", DocumentCode = Code(i), Title = $"Procedimiento {i}",
            DraftReference = draft, DraftName = $"borrador {i}.docx", FromVersion = "4.0", ToVersion = "4.1",
            BaseItemId = itemId, BasePath = path, BaseTag = tag, CreatedAt = DateTimeOffset.UnixEpoch, NextAttemptAt = DateTimeOffset.UnixEpoch.AddSeconds(i),
        });
    }

    private static ServiceProvider Services(TestStore store, Dictionary<string, string?> settings)
    {
        settings["Publication:BatchSize"] = "1";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(store.Factory);
        services.AddLibraryPublication(configuration);
        return services.BuildServiceProvider();
    }

    private static async Task<List<double>> PublishAllAsync(ServiceProvider services, int changes, Action<int> afterEach)
    {
        var runner = services.GetRequiredService<PublicationRunner>();
        var times = new List<double>();
        for (var i = 0; i < changes; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var published = await runner.RunDueAsync();
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            afterEach(i);
            if (published != 1)
            {
                throw new InvalidOperationException($"Pass {i + 1} published {published} changes.");
            }
        }
        await using var db = await services.GetRequiredService<IDbContextFactory<MipgDbContext>>().CreateDbContextAsync();
        var done = await db.PublicationJobs.CountAsync(j => j.Status == PublicationJobStatus.Published);
        var current = await db.Documents.CountAsync(d => d.Version == "4.1" && d.Status == DocumentStatus.Current && !d.IsRemoved);
        var obsolete = await db.Documents.CountAsync(d => d.Version == "4.0" && d.Status == DocumentStatus.Obsolete && !d.IsRemoved);
        if ((done, current, obsolete) != (changes, changes, changes))
        {
            throw new InvalidOperationException($"Expected {changes} published, current 4.1 and obsolete 4.0; got {done}, {current}, {obsolete}.");
        }
        return times;
    }

    private static void Report(string source, List<double> times, List<List<string>>? calls)
    {
        Console.WriteLine($"{source}: p50 {Percentiles.Of(times, 50):F1} ms, p95 {Percentiles.Of(times, 95):F1} ms, max {times.Max():F1} ms, total {times.Sum() / 1000:F1} s");
        if (calls is not null)
        {
            var counts = calls.Select(c => c.Count).ToList();
            var repeated = calls.Count(c => c.GroupBy(x => x, StringComparer.Ordinal).Any(g => g.Count() > 1));
            Console.WriteLine($"  Graph calls per publication: min {counts.Min()}, max {counts.Max()}, mean {counts.Average():F2}; " +
                $"publications with a repeated call: {repeated}");
        }
    }

    private static string Code(int i) => $"GLEGN02-P{i:000}";

    // "/drives/drive-1/items/item-105/listItem/fields" → "/drives/{drive}/items/{id}/listItem/fields": the call's kind.
    private static string Shape(string path)
    {
        var shape = Regex.Replace(path.Replace("drive-1", "{drive}", StringComparison.Ordinal), @"item-\d+", "{id}");
        shape = Regex.Replace(shape, "root:/[^:]*", "root:/{path}");
        return Regex.Replace(shape, "/shares/[^/]+", "/shares/{link}");
    }

    /// <summary>Adds the round trip a call to SharePoint Online takes.</summary>
    private sealed class Delayed(HttpMessageHandler inner, TimeSpan latency) : DelegatingHandler(inner)
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (latency > TimeSpan.Zero)
            {
                await Task.Delay(latency, TimeProvider.System, cancellationToken);
            }
            return await base.SendAsync(request, cancellationToken);
        }
    }
}
