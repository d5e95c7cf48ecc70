using MipgTeams.Domain.Documents;

namespace MipgTeams.Store.Configuration;

internal sealed class DocumentConfiguration : IEntityTypeConfiguration<Document>
{
    public void Configure(EntityTypeBuilder<Document> builder)
    {
        builder.HasKey(d => d.Id);
        builder.HasIndex(d => new { d.SourceContainer, d.SourceItemId }).IsUnique();
        builder.HasIndex(d => d.Code);
        builder.HasIndex(d => d.ChangeNumber);
        builder.HasMaxLength(32, d => d.Code, d => d.ProcessCode, d => d.MacroprocessCode);
        builder.HasMaxLength(200, d => d.SourceContainer, d => d.SourceItemId);
        builder.HasMaxLength(400, d => d.Title);
        builder.HasMaxLength(20, d => d.Version);
        builder.HasMaxLength(1000, d => d.Path);
        builder.HasMaxLength(2000, d => d.WebUrl);
        builder.HasMaxLength(128, d => d.ContentHash);
        builder.Property(d => d.Type).HasConversion(t => t.Code(), s => DocumentTypes.FromCode(s)).HasMaxLength(20);
        builder.Property(d => d.Status).HasConversion(t => t.Code(), s => DocumentStatuses.FromCode(s)).HasMaxLength(20);
    }
}
