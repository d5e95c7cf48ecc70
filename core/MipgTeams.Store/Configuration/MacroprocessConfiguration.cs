using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MipgTeams.Domain.Processes;

namespace MipgTeams.Store.Configuration;

internal sealed class MacroprocessConfiguration : IEntityTypeConfiguration<Macroprocess>
{
    public void Configure(EntityTypeBuilder<Macroprocess> builder)
    {
        builder.HasKey(m => m.Code);
        builder.Property(m => m.Code).HasMaxLength(32);
        builder.Property(m => m.Name).HasMaxLength(300);
        builder.Property(m => m.Type).HasConversion(t => t.Code(), s => MacroprocessTypes.FromCode(s)).HasMaxLength(20);
    }
}
