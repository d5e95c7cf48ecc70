using MipgTeams.Domain.Documents;

namespace MipgTeams.Store.Publishing;

internal sealed class IssuedCodeConfiguration : IEntityTypeConfiguration<IssuedCode>
{
    public void Configure(EntityTypeBuilder<IssuedCode> builder)
    {
        builder.HasKey(c => c.Code);
        builder.Property(c => c.Code).HasMaxLength(32);
        builder.Property(c => c.ProcessCode).HasMaxLength(32);
        builder.Property(c => c.Type).HasConversion(t => t.Code(), s => DocumentTypes.FromCode(s)).HasMaxLength(20);
        builder.HasIndex(c => new { c.ProcessCode, c.Type });
    }
}
