using Microsoft.EntityFrameworkCore;
using MipgTeams.Domain.Documents;
using MipgTeams.Domain.People;
using MipgTeams.Domain.Processes;
using MipgTeams.Store.Conversations;
using MipgTeams.Store.Outbox;
using MipgTeams.TestSupport;

namespace MipgTeams.Store.Tests;

/// <summary>The same store behaviour, asserted on SQLite and on PostgreSQL (see the two subclasses).</summary>
public abstract class StoreContractTests(StoreProvider provider) : StoreTests(provider)
{
    [Fact]
    public async Task A_new_store_is_migrated_and_empty()
    {
        await using var db = Store.CreateDbContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await db.Documents.CountAsync());
    }

    [Fact]
    public async Task A_document_round_trips_with_every_field()
    {
        var modified = new DateTimeOffset(2024, 3, 6, 15, 30, 0, TimeSpan.Zero);
        await using (var db = Store.CreateDbContext())
        {
            db.Documents.Add(NewDocument("item-1", "GLEGN02-P001", modified));
            await db.SaveChangesAsync();
        }
        await using (var db = Store.CreateDbContext())
        {
            var document = await db.Documents.SingleAsync(d => d.Code == "GLEGN02-P001");
            Assert.Equal(DocumentType.Procedure, document.Type);
            Assert.Equal(DocumentStatus.Current, document.Status);
            Assert.Equal("4.0", document.Version);
            Assert.Equal(modified, document.LastModified);
            Assert.Equal(new DateOnly(2024, 2, 1), document.ApprovedOn);
            Assert.Contains("15 días", document.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Document_types_and_states_are_stored_as_the_Spanish_words_existing_stores_hold()
    {
        await using (var db = Store.CreateDbContext())
        {
            var document = NewDocument("item-1", "GLEGN02-C001", DateTimeOffset.UnixEpoch);
            document.Status = DocumentStatus.UnderReview;
            db.Documents.Add(document);
            await db.SaveChangesAsync();
        }
        await using (var db = Store.CreateDbContext())
        {
            Assert.Equal("Caracterizacion", await db.Database.SqlQuery<string>($"SELECT \"Type\" AS \"Value\" FROM \"Documents\"").SingleAsync());
            Assert.Equal("EnRevision", await db.Database.SqlQuery<string>($"SELECT \"Status\" AS \"Value\" FROM \"Documents\"").SingleAsync());

            // A row written by an earlier release reads, and filters, as the English value.
            await db.Database.ExecuteSqlAsync($"UPDATE \"Documents\" SET \"Status\" = 'Obsoleto'");
            Assert.Equal(DocumentStatus.Obsolete, (await db.Documents.AsNoTracking().SingleAsync(d => d.Status == DocumentStatus.Obsolete)).Status);
        }
    }

    [Fact]
    public async Task A_process_keeps_its_leader()
    {
        await using (var db = Store.CreateDbContext())
        {
            db.Processes.Add(new Process
            {
                Code = "GLEGN02",
                Name = "Mejora Normativa",
                MacroprocessCode = "GLEG",
                Leader = new Person("Ana Gómez", "ana.gomez@cartagena.gov.co", "7d9c3c2e-0000-4000-8000-000000000001"),
            });
            await db.SaveChangesAsync();
        }
        await using (var db = Store.CreateDbContext())
        {
            var process = await db.Processes.SingleAsync();
            Assert.NotNull(process.Leader);
            Assert.Equal("ana.gomez@cartagena.gov.co", process.Leader.Email);
            Assert.True(process.Leader.HasObjectId("7D9C3C2E-0000-4000-8000-000000000001"));
        }
    }

    [Fact]
    public async Task The_same_library_item_cannot_be_stored_twice()
    {
        await using var db = Store.CreateDbContext();
        db.Documents.Add(NewDocument("item-1", "GLEGN02-P001", DateTimeOffset.UnixEpoch));
        db.Documents.Add(NewDocument("item-1", "GLEGN02-P002", DateTimeOffset.UnixEpoch));
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task An_outbox_key_is_accepted_once()
    {
        await using var db = Store.CreateDbContext();
        db.Outbox.Add(new OutboxMessage { Key = "digest:abc:2026-11-25", ActivityJson = "{}" });
        await db.SaveChangesAsync();
        db.Outbox.Add(new OutboxMessage { Key = "digest:abc:2026-11-25", ActivityJson = "{}" });
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Documents_changed_after_a_checkpoint_come_in_change_order()
    {
        await using (var db = Store.CreateDbContext())
        {
            db.Documents.Add(NewDocument("a", "GLEGN02-P001", DateTimeOffset.UnixEpoch, changeNumber: 3));
            db.Documents.Add(NewDocument("b", "GLEGN02-F002", DateTimeOffset.UnixEpoch, changeNumber: 1));
            db.Documents.Add(NewDocument("c", "GLEGN02-G001", DateTimeOffset.UnixEpoch, changeNumber: 2));
            await db.SaveChangesAsync();
        }
        await using (var db = Store.CreateDbContext())
        {
            var codes = await db.Documents.Where(d => d.ChangeNumber > 1).OrderBy(d => d.ChangeNumber).Select(d => d.Code).ToListAsync();
            Assert.Equal(["GLEGN02-G001", "GLEGN02-P001"], codes);
        }
    }

    [Fact]
    public async Task A_conversation_reference_is_unique_per_conversation()
    {
        await using var db = Store.CreateDbContext();
        db.ConversationReferences.Add(NewReference("a:1"));
        await db.SaveChangesAsync();
        db.ConversationReferences.Add(NewReference("a:1"));
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    private static ConversationReferenceRecord NewReference(string conversationId) => new()
    {
        ConversationId = conversationId,
        ConversationType = "personal",
        ServiceUrl = "https://smba.trafficmanager.net/amer/",
        ChannelId = "msteams",
        BotId = "28:bot",
        UserId = "29:user",
        UserAadObjectId = "00000000-0000-0000-0000-000000000001",
    };

    private static Document NewDocument(string itemId, string code, DateTimeOffset modified, long changeNumber = 1) => new()
    {
        SourceContainer = "demo",
        SourceItemId = itemId,
        Code = code,
        Type = DocumentCode.Parse(code).Type,
        Title = "Actos administrativos de carácter general",
        Version = "4.0",
        Status = DocumentStatus.Current,
        ProcessCode = "GLEGN02",
        MacroprocessCode = "GLEG",
        Path = $"Gestion Juridica/Mejora Normativa/{code}.docx",
        WebUrl = "https://contoso.sharepoint.com/sites/calidad/doc.docx",
        ContentHash = "abc",
        Text = "Publicar el proyecto durante 15 días calendario.",
        LastModified = modified,
        ApprovedOn = new DateOnly(2024, 2, 1),
        ChangeNumber = changeNumber,
    };
}

public sealed class SqliteStoreTests() : StoreContractTests(StoreProvider.Sqlite);

public sealed class PostgresStoreTests() : StoreContractTests(StoreProvider.PostgreSql);
