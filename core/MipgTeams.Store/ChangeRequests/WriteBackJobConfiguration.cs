using MipgTeams.Domain.ChangeRequests;

namespace MipgTeams.Store.ChangeRequests;

internal sealed class WriteBackJobConfiguration : IEntityTypeConfiguration<WriteBackJob>
{
    public void Configure(EntityTypeBuilder<WriteBackJob> builder)
    {
        builder.HasKey(j => j.ChangeRequestId);
        builder.HasOne(j => j.Request).WithOne().HasForeignKey<WriteBackJob>(j => j.ChangeRequestId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(j => j.ListItemId).HasMaxLength(100);
        builder.Property(j => j.LastError).HasMaxLength(LeasedJobs.MaxErrorLength);
        builder.Ignore(j => j.IsDue);
        builder.HasIndex(j => j.NextAttemptAt);
    }
}
