using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
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
        builder.Property(d => d.Code).HasMaxLength(32);
        builder.Property(d => d.SourceContainer).HasMaxLength(200);
        builder.Property(d => d.SourceItemId).HasMaxLength(200);
        builder.Property(d => d.Title).HasMaxLength(400);
        builder.Property(d => d.Version).HasMaxLength(20);
        builder.Property(d => d.ProcessCode).HasMaxLength(32);
        builder.Property(d => d.MacroprocessCode).HasMaxLength(32);
        builder.Property(d => d.Path).HasMaxLength(1000);
        builder.Property(d => d.WebUrl).HasMaxLength(2000);
        builder.Property(d => d.ContentHash).HasMaxLength(128);
        builder.Property(d => d.Type).HasConversion(t => t.Code(), s => DocumentTypes.FromCode(s)).HasMaxLength(20);
        builder.Property(d => d.Status).HasConversion(t => t.Code(), s => DocumentStatuses.FromCode(s)).HasMaxLength(20);
    }
}
