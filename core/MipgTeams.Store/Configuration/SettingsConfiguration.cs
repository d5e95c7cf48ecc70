using MipgTeams.Domain.Settings;

namespace MipgTeams.Store.Configuration;

internal sealed class AppSettingConfiguration : IEntityTypeConfiguration<AppSetting>
{
    public void Configure(EntityTypeBuilder<AppSetting> builder)
    {
        builder.HasKey(s => s.Key);
        builder.HasMaxLength(100, s => s.Key);
        builder.HasMaxLength(2000, s => s.Value);
        builder.HasMaxLength(1000, s => s.Description);
    }
}

internal sealed class QualityTeamMemberConfiguration : IEntityTypeConfiguration<QualityTeamMember>
{
    public void Configure(EntityTypeBuilder<QualityTeamMember> builder)
    {
        builder.HasKey(m => m.Id);
        builder.OwnsPerson(m => m.Person);
    }
}
