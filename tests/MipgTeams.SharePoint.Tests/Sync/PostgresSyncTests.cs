namespace MipgTeams.SharePoint.Tests.Sync;

public sealed class PostgresSyncTests
{
    [Fact]
    public async Task The_demo_library_syncs_the_same_on_PostgreSQL_and_a_second_run_changes_nothing()
    {
        await using var demo = await SyncedDemo.CreateAsync(StoreProvider.PostgreSql);
        await using (var db = demo.Store.CreateDbContext())
        {
            Assert.Equal(49, await db.Documents.CountAsync());
            Assert.Equal(19, await db.Policies.CountAsync());
        }
        var second = await demo.SyncAsync();
        Assert.Equal(0, second.Changed);
    }
}
