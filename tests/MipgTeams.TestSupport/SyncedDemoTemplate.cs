namespace MipgTeams.TestSupport;

/// <summary>
/// The demo library synced once per test run into SQLite, kept on disk as a database file and the library folder it was
/// synced from. Tests never use it directly: <see cref="SyncedDemo.CreateAsync"/> hands each one its own copy, so tests
/// that change requests, the outbox or the library stay independent of each other.
/// </summary>
internal sealed class SyncedDemoTemplate
{
    private static readonly Lazy<Task<SyncedDemoTemplate>> Instance = new(BuildAsync);

    private SyncedDemoTemplate(string root)
    {
        DatabaseFile = Path.Combine(root, "mipg.db");
        Folder = Path.Combine(root, "demo");
    }

    public string DatabaseFile { get; }

    public string Folder { get; }

    public static Task<SyncedDemoTemplate> GetAsync() => Instance.Value;

    private static async Task<SyncedDemoTemplate> BuildAsync()
    {
        var root = Directory.CreateTempSubdirectory("mipg-demo-template-").FullName;
        // The test host process ends without disposing static state: the template goes with it.
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        };
        var template = new SyncedDemoTemplate(root);
        await using var demo = await SyncedDemo.SyncFreshAsync(StoreProvider.Sqlite, time: null);
        await demo.Store.SaveSqliteCopyAsync(template.DatabaseFile);
        Directory.Move(RepoPaths.CopyToTemp(demo.Folder, "mipg-demo-"), template.Folder);
        return template;
    }
}
