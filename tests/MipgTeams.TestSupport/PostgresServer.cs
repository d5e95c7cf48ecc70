using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace MipgTeams.TestSupport;

/// <summary>
/// The PostgreSQL server the tests use: the one scripts/with-postgres.sh started (MIPG_TEST_POSTGRES), or, when a test
/// is run on its own, a throwaway PostgreSQL 15 started here in a temp dir and stopped when the test process exits.
/// </summary>
public static class PostgresServer
{
    private static readonly Lazy<string> Server = new(StartOrReuse, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Creates a fresh, empty database and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var admin = new NpgsqlConnectionStringBuilder(Server.Value);
        var name = "mipg_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(admin.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(admin.ConnectionString) { Database = name }.ConnectionString;
    }

    private static string StartOrReuse()
    {
        var fromScript = Environment.GetEnvironmentVariable("MIPG_TEST_POSTGRES");
        return string.IsNullOrWhiteSpace(fromScript) ? StartThrowaway() : fromScript;
    }

    private static string StartThrowaway()
    {
        var bin = Directory.GetDirectories("/usr/lib/postgresql").OrderBy(d => d, StringComparer.Ordinal).Select(d => Path.Combine(d, "bin")).LastOrDefault()
            ?? throw new InvalidOperationException("PostgreSQL server binaries not found; install postgresql-15 or run scripts/test.sh.");
        var dir = Directory.CreateTempSubdirectory("mipg-pg-").FullName;
        var port = FreePort();
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            Run("chown", ["postgres", dir]);
        }
        RunPg(asRoot, Path.Combine(bin, "initdb"), ["-D", Path.Combine(dir, "data"), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8"]);
        RunPg(asRoot, Path.Combine(bin, "pg_ctl"), ["-D", Path.Combine(dir, "data"), "-l", Path.Combine(dir, "server.log"), "-w", "-t", "30",
            "-o", $"-h 127.0.0.1 -p {port} -k {dir} -c fsync=off -c synchronous_commit=off -c max_connections=200", "start"]);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            RunPg(asRoot, Path.Combine(bin, "pg_ctl"), ["-D", Path.Combine(dir, "data"), "-m", "immediate", "stop"], check: false);
            Directory.Delete(dir, recursive: true);
        };
        return $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Include Error Detail=true";
    }

    private static void RunPg(bool asRoot, string exe, string[] args, bool check = true) =>
        Run(asRoot ? "runuser" : exe, asRoot ? ["-u", "postgres", "--", exe, .. args] : args, check);

    private static void Run(string exe, string[] args, bool check = true)
    {
        var info = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (check && process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(exe)} failed ({process.ExitCode}): {error}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
