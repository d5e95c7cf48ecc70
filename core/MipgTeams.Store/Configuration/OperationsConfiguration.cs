using MipgTeams.Store.Conversations;
using MipgTeams.Store.Outbox;
using MipgTeams.Store.Sync;

namespace MipgTeams.Store.Configuration;

internal sealed class SyncRunConfiguration : IEntityTypeConfiguration<SyncRun>
{
    public void Configure(EntityTypeBuilder<SyncRun> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Source).HasMaxLength(200);
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Owner).HasMaxLength(100);
        builder.HasIndex(r => r.StartedAt);
    }
}

internal sealed class SyncCheckpointConfiguration : IEntityTypeConfiguration<SyncCheckpoint>
{
    public void Configure(EntityTypeBuilder<SyncCheckpoint> builder)
    {
        builder.HasKey(c => c.Container);
        builder.Property(c => c.Container).HasMaxLength(200);
    }
}

internal sealed class SourceItemRecordConfiguration : IEntityTypeConfiguration<SourceItemRecord>
{
    public void Configure(EntityTypeBuilder<SourceItemRecord> builder)
    {
        builder.HasKey(i => new { i.Container, i.ItemId });
        builder.HasMaxLength(200, i => i.Container, i => i.ItemId, i => i.ContentTag);
        builder.HasMaxLength(1000, i => i.Path);
        builder.Property(i => i.LastEnumeration).HasMaxLength(40);
    }
}

internal sealed class ConversationReferenceConfiguration : IEntityTypeConfiguration<ConversationReferenceRecord>
{
    public void Configure(EntityTypeBuilder<ConversationReferenceRecord> builder)
    {
        builder.HasKey(c => c.Id);
        // One row per conversation and person seen in it: a person first met in a channel can still be written to 1:1.
        builder.HasIndex(c => new { c.ConversationId, c.UserId }).IsUnique();
        builder.HasIndex(c => c.UserAadObjectId);
        builder.HasMaxLength(500, c => c.ConversationId, c => c.ServiceUrl);
        builder.HasMaxLength(200, c => c.BotId, c => c.UserId);
        builder.HasMaxLength(64, c => c.TenantId, c => c.UserAadObjectId);
        builder.HasMaxLength(50, c => c.ChannelId);
        builder.HasMaxLength(20, c => c.ConversationType);
    }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.HasKey(m => m.Id);
        builder.HasIndex(m => m.Key).IsUnique();
        builder.HasIndex(m => new { m.Status, m.NextAttemptAt });
        builder.HasIndex(m => m.LastAttemptAt);
        builder.Property(m => m.Key).HasMaxLength(300);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.LeaseOwner).HasMaxLength(100);
    }
}
