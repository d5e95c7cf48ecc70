using MipgTeams.Domain.Mipg;

namespace MipgTeams.Store.Configuration;

internal sealed class MipgDimensionConfiguration : IEntityTypeConfiguration<MipgDimension>
{
    public void Configure(EntityTypeBuilder<MipgDimension> builder)
    {
        builder.HasKey(d => d.Number);
        builder.Property(d => d.Number).ValueGeneratedNever();
        builder.Property(d => d.Name).HasMaxLength(200);
        builder.HasMany(d => d.Policies).WithOne().HasForeignKey(p => p.DimensionNumber);
    }
}

internal sealed class MipgPolicyConfiguration : IEntityTypeConfiguration<MipgPolicy>
{
    public void Configure(EntityTypeBuilder<MipgPolicy> builder)
    {
        builder.HasKey(p => p.Number);
        builder.Property(p => p.Number).ValueGeneratedNever();
        builder.HasMaxLength(300, p => p.Name, p => p.LeadingOffice);
        builder.Property(p => p.Purpose).HasMaxLength(4000);
    }
}
