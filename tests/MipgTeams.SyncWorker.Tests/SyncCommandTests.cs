using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MipgTeams.Store;
using MipgTeams.Store.Leases;
using MipgTeams.Store.Sync;
using MipgTeams.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace MipgTeams.SyncWorker.Tests;

/// <summary>The worker's commands as an admin runs them: one sync with progress, the history of runs, bad settings.</summary>
public sealed class SyncCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("mipg-worker-").FullName;

    private readonly List<string> demos = [];

    private string Store => $"--Store:ConnectionString=Data Source={Path.Combine(folder, "mipg.db")}";

    /// <summary>«once» on this test's store, with <paramref name="settings"/>.</summary>
    private Task<HostResult> OnceAsync(params string[] settings) => WorkerProcess.RunAsync(["once", Store, .. settings]);

    /// <summary>«runs» on this test's store.</summary>
    private Task<HostResult> RunsAsync() => WorkerProcess.RunAsync("runs", Store);

    /// <summary>The table «runs» printed: the header, then a line a run, newest first.</summary>
    private static string[] Lines(HostResult runs) => runs.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>«once» with <paramref name="settings"/>, after which «runs» must show it failed with <paramref name="reason"/>; gives what «once» said.</summary>
    private async Task<HostResult> OnceRecordedAsFailedAsync(string reason, params string[] settings)
    {
        var once = await OnceAsync(settings);

        var runs = await RunsAsync();
        Assert.Contains("fallida", runs.Output, StringComparison.Ordinal);
        Assert.Contains(reason, runs.Output, StringComparison.Ordinal);
        return once;
    }

    /// <summary>A private copy of the demo library, deleted with the test's folder.</summary>
    private string CopyDemo()
    {
        var demo = RepoPaths.CopyDemo();
        demos.Add(demo);
        return demo;
    }

    /// <summary>A private copy of the demo library, synced once into this test's store.</summary>
    private async Task<string> SyncedDemoAsync()
    {
        var demo = CopyDemo();
        await OnceAsync($"--Folder:Root={demo}");
        return demo;
    }

    [Fact]
    public async Task Once_SyncsTheDemoLibrary_WithProgressPerContainerAndASummaryNamingTheFileThatFailed()
    {
        var demo = CopyDemo();
        var run = await OnceAsync($"--Folder:Root={demo}");

        Assert.Contains("Procesos: vistos", run.Output, StringComparison.Ordinal);
        Assert.Contains("Documentos: vistos", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"Sincronización 1 terminada: \d+ vistos, \d+ cambiados, 0 retirados, 1 con error\.", run.Output);
        // The demo holds one corrupt pdf on purpose: it is named, the rest synced, and the exit code tells a script.
        Assert.Contains("GINFD01-G002", run.Output, StringComparison.Ordinal);
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public async Task Once_WithAListFileMissing_SaysTheListWasNotRead_AndRunsShowsTheReason()
    {
        var demo = CopyDemo();
        File.Delete(Path.Combine(demo, "lists", "equipo-calidad.json"));

        var run = await OnceRecordedAsFailedAsync("lists/equipo-calidad.json", $"--Folder:Root={demo}");

        Assert.Contains("1 con error; 1 biblioteca o lista no se pudo leer.", run.Output, StringComparison.Ordinal);
        Assert.Contains("No existe el archivo lists/equipo-calidad.json", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Runs_ListsEachRunNewestFirst_AndASecondSyncOfTheSameLibraryChangesNothing()
    {
        var demo = await SyncedDemoAsync();
        var second = await OnceAsync($"--Folder:Root={demo}");
        Assert.Matches(@"Sincronización 2 terminada: \d+ vistos, 0 cambiados, 0 retirados", second.Output);

        var runs = await RunsAsync();

        Assert.Equal(0, runs.ExitCode);
        var lines = Lines(runs);
        Assert.StartsWith("Id", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("2 ", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("1 ", lines[2], StringComparison.Ordinal);
        Assert.EndsWith("terminada con errores", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Runs_BeforeAnySync_SaysThereAreNone()
    {
        var runs = await RunsAsync();

        Assert.Equal(0, runs.ExitCode);
        Assert.Contains("Todavía no hay sincronizaciones registradas.", runs.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCommand_ExplainsTheCommandsInSpanish_AndTouchesNoStore()
    {
        var run = await WorkerProcess.RunAsync("sincronizar", Store);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Comando desconocido «sincronizar»", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "mipg.db")));
    }

    [Fact]
    public async Task GraphSourceWithoutASite_StopsBeforeSyncing_NamingTheSetting()
    {
        var run = await OnceAsync("--Sync:Source=Graph");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("La configuración no es válida", run.Error, StringComparison.Ordinal);
        Assert.Contains("Graph:Site", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--Sync:Interval=abc", "Sync:Interval: el valor no es válido (se espera una duración como 00:05:00)")]
    [InlineData("--Sync:Source=Nope", "Sync:Source must be Folder or Graph")]
    [InlineData("--Store:ConnectionString=Data_Source=x.db", "Store:ConnectionString is not a valid Sqlite connection string")]
    public async Task A_value_of_the_wrong_kind_or_several_bad_settings_stop_the_worker_naming_each(string setting, string expected)
    {
        var run = await WorkerProcess.RunAsync(setting.StartsWith("--Store", StringComparison.Ordinal) ? ["once", setting] : ["once", Store, setting]);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("La configuración no es válida", run.Error, StringComparison.Ordinal);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("DataAnnotation validation failed", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Split('\n'), l => l.StartsWith("  - ", StringComparison.Ordinal)); // only the setting at fault
    }

    [Fact]
    public async Task RevokedCredential_IsReportedPlainly_AndTheRunIsRecordedAsFailed()
    {
        using var graph = WireMockServer.Start();
        graph.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(401).WithHeader("Content-Type", "application/json")
                .WithBody("""{"error":{"code":"InvalidAuthenticationToken","message":"Access token has expired or is not yet valid."}}"""));
        string[] settings = ["--Sync:Source=Graph", $"--Graph:BaseUrl={graph.Url}/v1.0", "--Graph:Site=contoso.sharepoint.com:/sites/calidad", "--Graph:Credential:Kind=None"];

        var once = await OnceRecordedAsFailedAsync("acceso denegado", settings);

        Assert.Equal(1, once.ExitCode);
        Assert.Contains("acceso denegado", once.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", once.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Once_WhileAnotherSyncRuns_SaysSoInSpanishWithExitCode4_AndRunsShowsADeadRunAsInterrupted()
    {
        var demo = await SyncedDemoAsync();
        var now = DateTimeOffset.UtcNow;
        await using (var services = new ServiceCollection().AddStore(new StoreOptions { Provider = "Sqlite", ConnectionString = $"Data Source={Path.Combine(folder, "mipg.db")}" }).BuildServiceProvider())
        await using (var db = await services.GetRequiredService<IDbContextFactory<MipgDbContext>>().CreateDbContextAsync())
        {
            // The hosted worker of another instance, syncing now; and a run whose process died an hour ago.
            Assert.True(await db.TryTakeAsync("sync", "otra-instancia", now, now.AddMinutes(2), CancellationToken.None));
            db.SyncRuns.Add(new SyncRun { Source = "folder", StartedAt = now.AddHours(-1), Owner = "muerta", LeaseUntil = now.AddMinutes(-58) });
            await db.SaveChangesAsync();
        }

        var once = await OnceAsync($"--Folder:Root={demo}", "--Sync:OnceWait=00:00:00");
        var runs = await RunsAsync();

        Assert.Equal(4, once.ExitCode);
        Assert.Contains("Ya hay una sincronización en curso", once.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("UNIQUE", once.Output + once.Error, StringComparison.Ordinal);
        var lines = Lines(runs);
        Assert.Equal(3, lines.Length); // header, the dead run, the first sync: the refused «once» recorded nothing
        Assert.EndsWith("interrumpida", lines[1], StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        foreach (var demo in demos)
        {
            Directory.Delete(demo, recursive: true);
        }
    }
}
