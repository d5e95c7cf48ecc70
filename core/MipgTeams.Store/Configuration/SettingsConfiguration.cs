using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MipgTeams.Domain.Settings;

namespace MipgTeams.Store.Configuration;

internal sealed class AppSettingConfiguration : IEntityTypeConfiguration<AppSetting>
{
    public void Configure(EntityTypeBuilder<AppSetting> builder)
    {
        builder.HasKey(s => s.Key);
        builder.Property(s => s.Key).HasMaxLength(100);
        builder.Property(s => s.Value).HasMaxLength(2000);
        builder.Property(s => s.Description).HasMaxLength(1000);
    }
}

internal sealed class QualityTeamMemberConfiguration : IEntityTypeConfiguration<QualityTeamMember>
{
    public void Configure(EntityTypeBuilder<QualityTeamMember> builder)
    {
        builder.HasKey(m => m.Id);
        builder.OwnsOne(m => m.Person, person =>
        {
            person.Property(p => p.DisplayName).HasColumnName("Name").HasMaxLength(200);
            person.Property(p => p.Email).HasColumnName("Email").HasMaxLength(320);
            person.Property(p => p.EntraObjectId).HasColumnName("ObjectId").HasMaxLength(64);
        });
    }
}
