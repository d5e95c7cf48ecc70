using MipgTeams.Domain.ChangeRequests;

namespace MipgTeams.Store.ChangeRequests;

internal sealed class ChangeRequestEventConfiguration : IEntityTypeConfiguration<ChangeRequestEvent>
{
    public void Configure(EntityTypeBuilder<ChangeRequestEvent> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Type).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.FromStatus).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.ToStatus).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.ActorObjectId).HasMaxLength(64);
        builder.Property(e => e.ActorName).HasMaxLength(200);
        builder.Property(e => e.Comment).HasMaxLength(ChangeRequest.MaxComment);
        // The indicators aggregate events by date and by kind over every request (100,000s of events): both indexes
        // hold what those queries read, so they never touch the table. The first also serves any lookup by date.
        builder.HasIndex(e => new { e.At, e.Type, e.ChangeRequestId, e.Version, e.FromStatus });
        builder.HasIndex(e => new { e.Type, e.At });
        // One event per version of a request: a second transition on the same version could never be stored.
        builder.HasIndex(e => new { e.ChangeRequestId, e.Version }).IsUnique();
    }
}
