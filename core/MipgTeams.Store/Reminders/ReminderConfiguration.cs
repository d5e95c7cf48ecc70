namespace MipgTeams.Store.Reminders;

internal sealed class ReminderClaimConfiguration : IEntityTypeConfiguration<ReminderClaim>
{
    public void Configure(EntityTypeBuilder<ReminderClaim> builder)
    {
        builder.ToTable("ReminderClaims");
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => new { c.PersonObjectId, c.Date }).IsUnique();
        builder.HasIndex(c => new { c.Date, c.Status });
        builder.Property(c => c.PersonObjectId).HasMaxLength(64);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.ClaimedBy).HasMaxLength(100);
    }
}
