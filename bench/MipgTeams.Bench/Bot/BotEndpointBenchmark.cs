using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MipgTeams.SharePoint;
using MipgTeams.SharePoint.Sync;
using MipgTeams.Store;

namespace MipgTeams.Bench.Bot;

/// <summary>
/// /api/messages with expectReplies and a document lookup, against a bare ASP.NET Core endpoint returning a constant
/// reply, side by side on loopback (interleaved 2-second slices, 10 s per side); then the bot's memory at steady state
/// with the demo library loaded.
/// </summary>
internal static class BotEndpointBenchmark
{
    private static readonly TimeSpan Slice = TimeSpan.FromSeconds(2);
    private const int Rounds = 5;
    private const int Concurrency = 8;

    public static async Task RunAsync()
    {
        var work = Directory.CreateTempSubdirectory("mipg-bench-bot-").FullName;
        Process? bot = null;
        Process? bare = null;
        try
        {
            var connection = $"Data Source={Path.Combine(work, "mipg.db")}";
            await SyncDemoAsync(connection);

            var botPort = FreePort();
            bot = StartProcess(Path.Combine(AppContext.BaseDirectory, "MipgTeams.Bot.dll"), [$"--urls=http://127.0.0.1:{botPort}"], new Dictionary<string, string>
            {
                ["MIPG_Store__ConnectionString"] = connection,
                ["MIPG_Search__IndexPath"] = Path.Combine(work, "index"),
                ["MIPG_Logging__LogLevel__Default"] = "Warning",
            });
            await WaitAsync($"http://127.0.0.1:{botPort}/healthz");

            // The bare endpoint runs in its own process too, so both sides pay the same for processes and loopback.
            var barePort = FreePort();
            bare = StartProcess(Path.Combine(AppContext.BaseDirectory, "MipgTeams.Bench.dll"), ["bare-server", $"http://127.0.0.1:{barePort}"], new Dictionary<string, string>());
            await WaitAsync($"http://127.0.0.1:{barePort}/healthz");
            var bareUrl = new Uri($"http://127.0.0.1:{barePort}/api/messages");
            var botUrl = new Uri($"http://127.0.0.1:{botPort}/api/messages");
            var body = Activity("GLEGN02-P001");

            await LoadGenerator.RunAsync(botUrl, body, Concurrency, TimeSpan.FromSeconds(3)); // warm-up
            await LoadGenerator.RunAsync(bareUrl, body, Concurrency, TimeSpan.FromSeconds(2));
            // Interleaved slices, alternating which side goes first, so a change in the machine's load during the run
            // (other work on a shared box) weighs on both sides alike instead of on whichever ran second.
            var bareRuns = new List<LoadGenerator.Result>();
            var botRuns = new List<LoadGenerator.Result>();
            for (var round = 0; round < Rounds; round++)
            {
                var sides = round % 2 == 0 ? new[] { (bareUrl, bareRuns), (botUrl, botRuns) } : [(botUrl, botRuns), (bareUrl, bareRuns)];
                foreach (var (url, runs) in sides)
                {
                    runs.Add(await LoadGenerator.RunAsync(url, body, Concurrency, Slice));
                }
            }
            var bareResult = LoadGenerator.Result.Combine(bareRuns);
            var botResult = LoadGenerator.Result.Combine(botRuns);

            bot.Refresh();
            var memory = bot.WorkingSet64 / 1024.0 / 1024.0;
            Print("bare endpoint", bareResult);
            Print("bot /api/messages", botResult);
            Console.WriteLine($"bot: throughput ratio bot/bare {botResult.Throughput / bareResult.Throughput:F2}");
            Console.WriteLine($"bot: working set at steady state {memory:F0} MB");
        }
        finally
        {
            foreach (var process in new[] { bot, bare })
            {
                if (process is { HasExited: false })
                {
                    process.Kill(entireProcessTree: true);
                    await process.WaitForExitAsync();
                }
            }
            Directory.Delete(work, recursive: true);
        }
    }

    private static void Print(string name, LoadGenerator.Result result) =>
        Console.WriteLine($"bot: {name,-18} {result.Throughput,7:F0} activities/s  p50 {result.P50:F2} ms  p99 {result.P99:F2} ms  failures {result.Failures}");

    internal static async Task SyncDemoAsync(string connection)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Store:ConnectionString"] = connection,
            ["Folder:Root"] = Path.Combine(RepoRoot(), "demo"),
        }).Build();
        await using var services = new ServiceCollection().AddLogging().AddStore(configuration).AddSharePointSync(configuration).BuildServiceProvider();
        await services.MigrateStoreAsync();
        await services.GetRequiredService<DocumentSyncService>().SyncOnceAsync();
    }

    internal static Process StartProcess(string dll, string[] args, Dictionary<string, string> environment)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoRoot() };
        info.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }
        info.Environment["DOTNET_gcServer"] = "0";
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    internal static async Task WaitAsync(string url, int seconds = 30)
    {
        using var http = new HttpClient();
        for (var i = 0; i < seconds * 10; i++)
        {
            try
            {
                if ((await http.GetAsync(url)).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(TimeSpan.FromMilliseconds(100), TimeProvider.System); // polling a real child process: wall-clock time is the point
        }
        throw new TimeoutException($"{url} did not come up.");
    }

    /// <summary>The comparison: an ASP.NET Core endpoint that reads the activity and returns a constant reply.</summary>
    public static async Task RunBareServerAsync(string url)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(url);
        var app = builder.Build();
        const string reply = "{\"activities\":[{\"type\":\"message\",\"text\":\"ok\"}]}";
        app.MapGet("/healthz", () => "ok");
        app.MapPost("/api/messages", async (HttpContext http) =>
        {
            await http.Request.Body.CopyToAsync(Stream.Null);
            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync(reply);
        });
        await app.RunAsync();
    }

    private static string Activity(string text) =>
        "{\"type\":\"message\",\"id\":\"1\",\"serviceUrl\":\"http://127.0.0.1:9/_connector\",\"channelId\":\"msteams\"," +
        "\"from\":{\"id\":\"user-id-0\",\"aadObjectId\":\"00000000-0000-0000-0000-000000000020\"},\"recipient\":{\"id\":\"bot\"}," +
        "\"conversation\":{\"id\":\"bench\",\"conversationType\":\"personal\"},\"text\":\"" + text + "\",\"deliveryMode\":\"expectReplies\"}";

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    internal static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MipgTeams.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("MipgTeams.sln not found.");
    }
}
