using MipgTeams.Domain.Processes;

namespace MipgTeams.Store.Configuration;

internal sealed class MacroprocessConfiguration : IEntityTypeConfiguration<Macroprocess>
{
    public void Configure(EntityTypeBuilder<Macroprocess> builder)
    {
        builder.HasKey(m => m.Code);
        builder.HasMaxLength(32, m => m.Code);
        builder.HasMaxLength(300, m => m.Name);
        builder.Property(m => m.Type).HasConversion(t => t.Code(), s => MacroprocessTypes.FromCode(s)).HasMaxLength(20);
    }
}
