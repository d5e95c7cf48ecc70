using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
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
        builder.HasIndex(e => e.At);
        // One event per version of a request: a second transition on the same version could never be stored.
        builder.HasIndex(e => new { e.ChangeRequestId, e.Version }).IsUnique();
    }
}
