using MipgTeams.Store.Questions;

namespace MipgTeams.Store.Configuration;

internal sealed class QuestionLogConfiguration : IEntityTypeConfiguration<QuestionLog>
{
    public void Configure(EntityTypeBuilder<QuestionLog> builder)
    {
        builder.HasKey(q => q.Id);
        builder.Property(q => q.Id).ValueGeneratedNever();
        builder.HasIndex(q => q.AskedAt);
        builder.HasMaxLength(600, q => q.Question);
        builder.HasMaxLength(64, q => q.UserAadObjectId);
        builder.HasMaxLength(200, q => q.UserName);
        builder.HasMaxLength(32, q => q.TopDocumentCode);
    }
}
