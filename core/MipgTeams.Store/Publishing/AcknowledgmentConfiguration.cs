namespace MipgTeams.Store.Publishing;

internal sealed class AcknowledgmentConfiguration : IEntityTypeConfiguration<Acknowledgment>
{
    public void Configure(EntityTypeBuilder<Acknowledgment> builder)
    {
        builder.HasKey(a => new { a.ChangeRequestId, a.ObjectId });
        builder.Property(a => a.ObjectId).HasMaxLength(64);
        builder.Property(a => a.Name).HasMaxLength(200);
    }
}
