using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MipgTeams.Store.Questions;

namespace MipgTeams.Store.Configuration;

internal sealed class QuestionLogConfiguration : IEntityTypeConfiguration<QuestionLog>
{
    public void Configure(EntityTypeBuilder<QuestionLog> builder)
    {
        builder.HasKey(q => q.Id);
        builder.Property(q => q.Id).ValueGeneratedNever();
        builder.HasIndex(q => q.AskedAt);
        builder.Property(q => q.Question).HasMaxLength(600);
        builder.Property(q => q.UserAadObjectId).HasMaxLength(64);
        builder.Property(q => q.UserName).HasMaxLength(200);
        builder.Property(q => q.TopDocumentCode).HasMaxLength(32);
    }
}
