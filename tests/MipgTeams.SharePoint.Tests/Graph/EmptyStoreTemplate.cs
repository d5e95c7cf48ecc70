namespace MipgTeams.SharePoint.Tests.Graph;

/// <summary>A migrated, empty SQLite store saved once and copied for each attempt, so a hundred attempts do not migrate a hundred times.</summary>
internal sealed class EmptyStoreTemplate : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("mipg-template-").FullName;

    private string File => Path.Combine(folder, "empty.db");

    public static async Task<EmptyStoreTemplate> CreateAsync()
    {
        var template = new EmptyStoreTemplate();
        await using var store = await TestStore.CreateAsync(StoreProvider.Sqlite);
        await store.SaveSqliteCopyAsync(template.File);
        return template;
    }

    public TestStore Copy() => TestStore.CopyOfSqlite(File);

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
