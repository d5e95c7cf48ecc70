using MipgTeams.Domain.Processes;

namespace MipgTeams.Store.Configuration;

internal sealed class ProcessConfiguration : IEntityTypeConfiguration<Process>
{
    public void Configure(EntityTypeBuilder<Process> builder)
    {
        builder.HasKey(p => p.Code);
        builder.HasMaxLength(32, p => p.Code, p => p.MacroprocessCode, p => p.ParentCode);
        builder.HasMaxLength(300, p => p.Name, p => p.Office);
        builder.Property(p => p.AnnounceTo).HasMaxLength(2000);
        builder.Ignore(p => p.IsSubprocess);
        builder.OwnsPerson(p => p.Leader, columnPrefix: "Leader");
    }
}
