using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MipgTeams.Domain.ChangeRequests;

namespace MipgTeams.Store.ChangeRequests;

internal sealed class ChangeRequestConfiguration : IEntityTypeConfiguration<ChangeRequest>
{
    public void Configure(EntityTypeBuilder<ChangeRequest> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Kind).HasConversion(k => k.Code(), s => ChangeRequestLabels.KindFromCode(s)).HasMaxLength(30);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.DocumentCode).HasMaxLength(32);
        builder.Property(r => r.ProcessCode).HasMaxLength(32);
        builder.Property(r => r.Title).HasMaxLength(ChangeDetails.MaxTitle);
        builder.Property(r => r.Description).HasMaxLength(ChangeDetails.MaxDescription);
        builder.Property(r => r.Reason).HasMaxLength(ChangeDetails.MaxReason);
        builder.Property(r => r.DraftUrl).HasMaxLength(ChangeDetails.MaxDraftUrl);
        builder.Property(r => r.LastComment).HasMaxLength(ChangeRequest.MaxComment);
        builder.Property(r => r.BaseItemId).HasMaxLength(1000);
        builder.Property(r => r.BaseTag).HasMaxLength(200);
        // Exactly one transition per version: the UPDATE only matches the version that was read (SQLite and PostgreSQL alike).
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Ignore(r => r.Details);
        builder.Ignore(r => r.IsOpen);
        builder.OwnsOne(r => r.Requester, person =>
        {
            person.Property(p => p.DisplayName).HasColumnName("RequesterName").HasMaxLength(200);
            person.Property(p => p.Email).HasColumnName("RequesterEmail").HasMaxLength(320);
            person.Property(p => p.EntraObjectId).HasColumnName("RequesterObjectId").HasMaxLength(64);
            person.HasIndex(p => p.EntraObjectId);
        });
        builder.Navigation(r => r.Requester).IsRequired();
        builder.HasMany(r => r.Events).WithOne().HasForeignKey(e => e.ChangeRequestId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(r => r.Events).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(r => new { r.Status, r.ProcessCode });
        // One request per form: of two racing clicks on "Enviar solicitud", the second insert fails and finds the first.
        builder.Property(r => r.SubmissionKey).HasMaxLength(100);
        builder.HasIndex(r => r.SubmissionKey).IsUnique();
    }
}
