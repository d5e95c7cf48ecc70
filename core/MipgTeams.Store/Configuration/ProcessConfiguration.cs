using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MipgTeams.Domain.Processes;

namespace MipgTeams.Store.Configuration;

internal sealed class ProcessConfiguration : IEntityTypeConfiguration<Process>
{
    public void Configure(EntityTypeBuilder<Process> builder)
    {
        builder.HasKey(p => p.Code);
        builder.Property(p => p.Code).HasMaxLength(32);
        builder.Property(p => p.Name).HasMaxLength(300);
        builder.Property(p => p.MacroprocessCode).HasMaxLength(32);
        builder.Property(p => p.ParentCode).HasMaxLength(32);
        builder.Property(p => p.Office).HasMaxLength(300);
        builder.Property(p => p.AnnounceTo).HasMaxLength(2000);
        builder.Ignore(p => p.IsSubprocess);
        builder.OwnsOne(p => p.Leader, leader =>
        {
            leader.Property(l => l.DisplayName).HasColumnName("LeaderName").HasMaxLength(200);
            leader.Property(l => l.Email).HasColumnName("LeaderEmail").HasMaxLength(320);
            leader.Property(l => l.EntraObjectId).HasColumnName("LeaderObjectId").HasMaxLength(64);
        });
    }
}
