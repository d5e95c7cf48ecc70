using MipgTeams.Domain.ChangeRequests;
using MipgTeams.Domain.Documents;

namespace MipgTeams.Store.Publishing;

internal sealed class PublicationJobConfiguration : IEntityTypeConfiguration<PublicationJob>
{
    public void Configure(EntityTypeBuilder<PublicationJob> builder)
    {
        builder.HasKey(j => j.ChangeRequestId);
        builder.HasOne(j => j.Request).WithOne().HasForeignKey<PublicationJob>(j => j.ChangeRequestId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(j => j.Kind).HasConversion(k => k.Code(), s => ChangeRequestLabels.KindFromCode(s)).HasMaxLength(20);
        builder.Property(j => j.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(j => j.ProcessCode).HasMaxLength(32);
        builder.Property(j => j.DocumentCode).HasMaxLength(32);
        builder.Property(j => j.Title).HasMaxLength(400);
        builder.Property(j => j.DraftReference).HasMaxLength(1000);
        builder.Property(j => j.DraftName).HasMaxLength(400);
        builder.Property(j => j.DocumentType).HasConversion(t => t == null ? null : t.Value.Code(), s => s == null ? null : DocumentTypes.FromCode(s)).HasMaxLength(20);
        builder.Property(j => j.RequestedVersion).HasMaxLength(20);
        builder.Property(j => j.FromVersion).HasMaxLength(20);
        builder.Property(j => j.ToVersion).HasMaxLength(20);
        builder.Property(j => j.BaseItemId).HasMaxLength(1000);
        builder.Property(j => j.BaseTag).HasMaxLength(200);
        builder.Property(j => j.BasePath).HasMaxLength(1000);
        builder.Property(j => j.ArchivedItemId).HasMaxLength(1000);
        builder.Property(j => j.ArchivedPath).HasMaxLength(1000);
        builder.Property(j => j.PublishedItemId).HasMaxLength(1000);
        builder.Property(j => j.PublishedPath).HasMaxLength(1000);
        builder.Property(j => j.LastError).HasMaxLength(LeasedJobs.MaxErrorLength);
        builder.HasIndex(j => new { j.Status, j.NextAttemptAt });
    }
}
