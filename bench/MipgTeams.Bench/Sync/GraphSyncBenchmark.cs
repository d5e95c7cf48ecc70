using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MipgTeams.SharePoint;
using MipgTeams.SharePoint.Extraction;
using MipgTeams.SharePoint.Graph;
using MipgTeams.SharePoint.Source;
using MipgTeams.SharePoint.Sync;
using MipgTeams.TestSupport;
using MipgTeams.TestSupport.Graph;

namespace MipgTeams.Bench.Sync;

/// <summary>
/// The Graph source through the real SDK and the sync engine into SQLite, against a local fake Graph holding 10,000
/// documents: full sync with metadata only and with text extraction of small docx/pdf files, then the Graph requests
/// of an incremental sync after 10 changes and of an unchanged site.
/// </summary>
internal static class GraphSyncBenchmark
{
    private const int Documents = 10_000;

    public static async Task RunAsync()
    {
        var state = BuildSite();
        await using var server = await FakeGraphServer.StartAsync(state);
        Console.WriteLine($"Fake Graph: {state.LiveFiles.Count()} documents, {state.Items.Count(i => i.Value.IsFolder)} folders, {state.Lists.Count} admin lists");

        await using (var probe = await Worker.CreateAsync(server.BaseUrl, metadataOnly: true))
        {
            var source = probe.Source;
            var watch = Stopwatch.StartNew();
            var changes = await ReadAllAsync(source);
            Console.WriteLine($"Warm-up (first library read, JIT): {changes} changes in {watch.Elapsed.TotalSeconds:F2} s");
            watch.Restart();
            changes = await ReadAllAsync(source);
            Console.WriteLine($"Library read by the source alone (full delta + column values): {changes} changes in {watch.Elapsed.TotalSeconds:F2} s");
        }
        server.Handler.ClearRequests();
        await using (var metadata = await Worker.CreateAsync(server.BaseUrl, metadataOnly: true))
        {
            var (elapsed, summary) = await TimeAsync(metadata);
            Report("Full sync, metadata only", elapsed, summary, server.Handler.Requests.Count);
        }
        server.Handler.ClearRequests();
        await using var worker = await Worker.CreateAsync(server.BaseUrl, metadataOnly: false);
        var (full, fullSummary) = await TimeAsync(worker);
        Report("Full sync, with text extraction", full, fullSummary, server.Handler.Requests.Count);

        var changed = state.LiveFiles.Where((_, i) => i % 997 == 1).Take(10).Select(f => f.Id).ToList();
        for (var i = 0; i < changed.Count; i++)
        {
            switch (i % 4)
            {
                case 0: state.EditContent(changed[i], SmallFiles.Docx(100_000 + i)); break;
                case 1: state.EditFields(changed[i], f => f["Version"] = "9.0"); break;
                case 2: state.Rename(changed[i], Path.GetFileNameWithoutExtension(state.Items[changed[i]].Name) + " (rev).docx"); break;
                default: state.Move(changed[i], "Gestión Jurídica/Obsoletos"); break;
            }
        }
        server.Handler.ClearRequests();
        var (incremental, incrementalSummary) = await TimeAsync(worker);
        var requests = server.Handler.Requests;
        Console.WriteLine($"Incremental sync after 10 changes: {incremental.TotalMilliseconds:F0} ms, changed {incrementalSummary.Changed}, " +
            $"Graph requests {requests.Count} (delta {requests.Count(r => r.Contains("delta", StringComparison.Ordinal))}, " +
            $"listItem {requests.Count(r => r.Contains("/listItem", StringComparison.Ordinal))}, content {requests.Count(r => r.EndsWith("/content", StringComparison.Ordinal))}, " +
            $"downloads {requests.Count(r => r.Contains("/_download/", StringComparison.Ordinal))})");

        server.Handler.ClearRequests();
        var (unchanged, unchangedSummary) = await TimeAsync(worker);
        Console.WriteLine($"Unchanged site (1 library + 4 lists): {unchanged.TotalMilliseconds:F0} ms, changed {unchangedSummary.Changed}, Graph requests {server.Handler.Requests.Count}");
    }

    private static async Task<int> ReadAllAsync(ISharePointSource source)
    {
        var changes = 0;
        await foreach (var page in source.ReadChangesAsync(source.Containers[0], null, CancellationToken.None))
        {
            changes += page.Changes.Count;
        }
        return changes;
    }

    private static async Task<(TimeSpan, SyncSummary)> TimeAsync(Worker worker)
    {
        var watch = Stopwatch.StartNew();
        var summary = await worker.Sync.SyncOnceAsync();
        return (watch.Elapsed, summary);
    }

    private static void Report(string what, TimeSpan elapsed, SyncSummary summary, int requests) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: {summary.Seen} items in {elapsed.TotalSeconds:F2} s = {summary.Seen / elapsed.TotalSeconds:F0} items/s, Graph requests {requests}, failed {summary.Failed}"));

    // The demo site (lists, 50 documents) plus generated documents over its processes, as docx and pdf.
    internal static FakeGraphState BuildSite(int documents = Documents)
    {
        var state = FakeGraphDemo.Load(RepoPaths.Demo);
        var processes = state.Lists[FakeGraphDemo.ListIds["Procesos"]].Rows.Values
            .Select(r => (Code: (string)r.Fields["Codigo"]!, Name: (string)r.Fields["Title"]!, Macro: (string)r.Fields["Macroproceso"]!, MacroName: (string)r.Fields["NombreMacroproceso"]!))
            .ToList();
        var docx = Enumerable.Range(0, 25).Select(SmallFiles.Docx).ToArray();
        var pdf = Enumerable.Range(0, 25).Select(SmallFiles.Pdf).ToArray();
        string[] types = ["P", "F", "G", "I", "M"];
        for (var n = state.LiveFiles.Count(); n < documents; n++)
        {
            var process = processes[n % processes.Count];
            var code = string.Create(CultureInfo.InvariantCulture, $"{process.Code}-{types[n / processes.Count % types.Length]}{100 + n / processes.Count / types.Length:D3}");
            var isPdf = n % 2 == 1;
            var fields = new Dictionary<string, object?>
            {
                ["Codigo"] = code, ["Version"] = "1.0", ["Estado"] = "Vigente", ["Proceso"] = process.Code, ["Macroproceso"] = process.Macro,
            };
            state.AddFile($"{process.MacroName}/{process.Name}/{code} Documento {n}.{(isPdf ? "pdf" : "docx")}", isPdf ? pdf[n % 25] : docx[n % 25], fields);
        }
        return state;
    }

    internal sealed class Worker(ServiceProvider services, TestStore store) : IAsyncDisposable
    {
        public DocumentSyncService Sync => services.GetRequiredService<DocumentSyncService>();

        public ISharePointSource Source => services.GetRequiredService<ISharePointSource>();

        public static async Task<Worker> CreateAsync(string baseUrl, bool metadataOnly, int parallelism = 4)
        {
            var store = await TestStore.CreateAsync(StoreProvider.Sqlite);
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Sync:Source"] = "Graph",
                ["Graph:BaseUrl"] = baseUrl,
                ["Graph:Site"] = "contoso.sharepoint.com:/sites/calidad",
                ["Graph:Credential:Kind"] = "None",
                ["Sync:DownloadParallelism"] = parallelism.ToString(CultureInfo.InvariantCulture),
            }).Build();
            var services = new ServiceCollection()
                .AddSingleton(store.Factory)
                .AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>));
            if (metadataOnly)
            {
                services.AddSingleton<ITextExtractor, NoExtraction>();
                services.AddSingleton<ISharePointSource>(sp => new WithoutContent(new GraphSharePointSource(sp.GetRequiredService<IOptions<GraphSourceOptions>>())));
            }
            return new Worker(services.AddSharePointSync(configuration).BuildServiceProvider(), store);
        }

        public async ValueTask DisposeAsync()
        {
            await services.DisposeAsync();
            await store.DisposeAsync();
        }
    }

    // Metadata only: no download, no extraction.
    private sealed class WithoutContent(ISharePointSource inner) : ISharePointSource
    {
        public string Name => inner.Name;
        public IReadOnlyList<SourceContainer> Containers => inner.Containers;
        public IAsyncEnumerable<SourceChangePage> ReadChangesAsync(SourceContainer container, string? checkpoint, CancellationToken cancellationToken) =>
            inner.ReadChangesAsync(container, checkpoint, cancellationToken);
        public Task<Stream> OpenContentAsync(SourceContainer container, SourceItem item, CancellationToken cancellationToken) => Task.FromResult(Stream.Null);
    }

    private sealed class NoExtraction : ITextExtractor
    {
        public ExtractionResult Extract(string fileName, Stream content) => ExtractionResult.None;
    }
}
