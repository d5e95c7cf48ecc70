using MipgTeams.Domain.Time;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MipgTeams.Domain.Reminders;
using MipgTeams.SharePoint.Sync;
using MipgTeams.Store;
using MipgTeams.Store.Sync;

namespace MipgTeams.SyncWorker;

/// <summary>The admin commands: one sync with progress, and the history of runs. Output in Spanish, for admins.</summary>
internal static class SyncCommands
{
    private static readonly CultureInfo Colombia = CultureInfo.GetCultureInfo("es-CO");

    /// <summary>Exit code of <c>once</c> when another sync of the store was still running after Sync:OnceWait.</summary>
    public const int AlreadyRunning = 4;

    public static async Task<int> OnceAsync(IServiceProvider services, TextWriter output)
    {
        var sync = services.GetRequiredService<DocumentSyncService>();
        var wait = services.GetRequiredService<IOptions<SyncOptions>>().Value.OnceWait;
        output.WriteLine("Sincronizando…");
        var summary = await sync.SyncOnceAsync(new ConsoleProgress(output), wait);
        if (summary.Skipped)
        {
            output.WriteLine($"Ya hay una sincronización en curso en este almacén (la del servicio u otra instancia); se esperó {Duration(summary.Waited)} y sigue en curso. Inténtelo más tarde o consulte «runs».");
            return AlreadyRunning;
        }
        // Errors hold the failed items and the libraries or lists that could not be read at all.
        var unread = summary.Errors.Count - summary.Failed;
        output.WriteLine($"Sincronización {summary.RunId} terminada: {summary.Seen} vistos, {summary.Changed} cambiados, {summary.Removed} retirados, {summary.Failed} con error"
            + (unread > 0 ? $"; {unread} {(unread == 1 ? "biblioteca o lista no se pudo leer" : "bibliotecas o listas no se pudieron leer")}." : "."));
        foreach (var error in summary.Errors)
        {
            output.WriteLine($"  ! {error}");
        }
        return summary.Errors.Count == 0 ? 0 : 1;
    }

    public static async Task<int> RunsAsync(IServiceProvider services, TextWriter output, int count = 10)
    {
        var factory = services.GetRequiredService<IDbContextFactory<MipgDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var runs = await db.SyncRuns.AsNoTracking().OrderByDescending(r => r.Id).Take(count).ToListAsync();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        if (runs.Count == 0)
        {
            output.WriteLine("Todavía no hay sincronizaciones registradas.");
            return 0;
        }
        output.WriteLine("Id  Inicio (Colombia)     Duración  Vistos  Cambiados  Retirados  Errores  Resultado");
        foreach (var run in runs)
        {
            var duration = run.FinishedAt is { } end ? (end - run.StartedAt).TotalSeconds.ToString("0.0", Colombia) + " s" : "—";
            // A run still «Running» past its lease has no live owner: the next sync marks it so, but say it now.
            var outcome = run.Outcome == SyncOutcome.Running && (run.LeaseUntil is null || run.LeaseUntil < now) ? SyncOutcome.Interrupted : run.Outcome;
            output.WriteLine($"{run.Id,-3} {BogotaTime.Local(run.StartedAt):yyyy-MM-dd HH:mm:ss}  {duration,8}  {run.ItemsSeen,6}  {run.ItemsChanged,9}  {run.ItemsRemoved,9}  {run.ItemsFailed,7}  {Label(outcome)}");
            if (run.Outcome == SyncOutcome.Failed && run.Errors?.Split('\n') is [{ Length: > 0 } first, .. var rest])
            {
                output.WriteLine($"    ! {first}" + (rest.Length > 0 ? $" (y {rest.Length} más)" : ""));
            }
        }
        return 0;
    }

    public static int Usage(TextWriter error, string command)
    {
        error.WriteLine($"Comando desconocido «{command}». Use: once (una sincronización) o runs (últimas sincronizaciones); sin comando, sincroniza periódicamente.");
        return 2;
    }

    private static string Label(SyncOutcome outcome) => outcome switch
    {
        SyncOutcome.Running => "en curso",
        SyncOutcome.Interrupted => "interrumpida",
        SyncOutcome.Succeeded => "correcta",
        SyncOutcome.CompletedWithErrors => "terminada con errores",
        _ => "fallida",
    };

    private static string Duration(TimeSpan span) =>
        span.TotalMinutes >= 1 ? $"{span.TotalMinutes.ToString("0.#", Colombia)} min" : $"{span.TotalSeconds.ToString("0", Colombia)} s";

    // Not Progress<T>: it posts to the thread pool, and a console wants the lines in order.
    private sealed class ConsoleProgress(TextWriter output) : IProgress<SyncProgress>
    {
        private bool toldWaiting;

        public void Report(SyncProgress value)
        {
            if (value.WaitingFor is { } wait)
            {
                if (!toldWaiting)
                {
                    toldWaiting = true;
                    output.WriteLine($"  Ya hay una sincronización en curso; se espera hasta {Duration(wait)} a que termine…");
                }
                return;
            }
            output.WriteLine($"  {value.Container}: vistos {value.Seen}, cambiados {value.Changed}, con error {value.Failed} (acumulado)");
        }
    }
}
