using MipgTeams.TestSupport;

namespace MipgTeams.SyncWorker.Tests;

/// <summary>The built worker, run as an admin runs it.</summary>
internal static class WorkerProcess
{
    public static Task<HostResult> RunAsync(params string[] args) => HostProcess.RunAsync("sync-worker/MipgTeams.SyncWorker", args);
}
