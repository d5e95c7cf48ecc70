using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using MipgTeams.TestSupport;

namespace MipgTeams.Store.Tests.Leases;

/// <summary>
/// Upgrading a store whose leases table still has its first name (ReminderLeases) keeps the leases held at that moment:
/// an instance sending the outbox when the bot is upgraded is still its owner afterwards, so no second sender starts.
/// </summary>
public abstract class LeaseMigrationTests(StoreProvider provider) : StoreTests(provider, migrate: false)
{
    [Fact]
    public async Task A_lease_held_before_the_rename_is_still_held_after_it()
    {
        var until = new DateTimeOffset(2026, 11, 25, 13, 0, 30, TimeSpan.Zero);
        await using (var db = Store.CreateDbContext())
        {
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync("SubmissionKey"); // the last migration with the old table name
            // Written as the store writes it: SQLite keeps times as sortable integers.
            var stored = Provider == StoreProvider.Sqlite ? new DateTimeOffsetToBinaryConverter().ConvertToProvider(until)! : until;
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO \"ReminderLeases\" (\"Name\", \"Owner\", \"Until\") VALUES ('outbox-sender', 'bot-1', {stored})");
            await migrator.MigrateAsync();
        }

        await using (var db = Store.CreateDbContext())
        {
            var lease = await db.Leases.AsNoTracking().SingleAsync();
            Assert.Equal(("outbox-sender", "bot-1", until), (lease.Name, lease.Owner, lease.Until));
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        }
    }
}

public sealed class SqliteLeaseMigrationTests() : LeaseMigrationTests(StoreProvider.Sqlite);

public sealed class PostgresLeaseMigrationTests() : LeaseMigrationTests(StoreProvider.PostgreSql);
