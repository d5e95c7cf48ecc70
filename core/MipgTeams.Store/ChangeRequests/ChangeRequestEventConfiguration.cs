using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using MipgTeams.Domain.ChangeRequests;

namespace MipgTeams.Store.ChangeRequests;

internal sealed class ChangeRequestEventConfiguration : IEntityTypeConfiguration<ChangeRequestEvent>
{
    public void Configure(EntityTypeBuilder<ChangeRequestEvent> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Type).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.FromStatus).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.ToStatus).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.ActorObjectId).HasMaxLength(64);
        builder.Property(e => e.ActorName).HasMaxLength(200);
        builder.Property(e => e.Comment).HasMaxLength(ChangeRequest.MaxComment);
        // Facts for the indicators (EventFacts): shadow columns, stamped when the event is stored.
        builder.Property<ChangeKind?>(EventFacts.Kind)
            .HasConversion(new ValueConverter<ChangeKind, string>(k => k.Code(), s => ChangeRequestLabels.KindFromCode(s))).HasMaxLength(30);
        builder.Property<string?>(EventFacts.ProcessCode).HasMaxLength(32);
        builder.Property<int?>(EventFacts.StepBusinessDays);
        builder.Property<int?>(EventFacts.TotalBusinessDays);
        // The indicators aggregate events by date and by kind over every request (100,000s of events): both indexes
        // hold what those queries read, so they never touch the table. The first also serves any lookup by date; the
        // second, by kind and date, holds every fact the published changes, counts and cycle times group on.
        builder.HasIndex(e => new { e.At, e.Type, e.ChangeRequestId, e.Version, e.FromStatus });
        builder.HasIndex(nameof(ChangeRequestEvent.Type), nameof(ChangeRequestEvent.At), nameof(ChangeRequestEvent.FromStatus),
            EventFacts.StepBusinessDays, EventFacts.TotalBusinessDays, EventFacts.Kind, EventFacts.ProcessCode);
        // One event per version of a request: a second transition on the same version could never be stored.
        builder.HasIndex(e => new { e.ChangeRequestId, e.Version }).IsUnique();
    }
}
