using MipgTeams.Domain.ChangeRequests;
using MipgTeams.Domain.Documents;
using MipgTeams.Domain.Mipg;
using MipgTeams.Domain.Processes;
using MipgTeams.Domain.Settings;
using MipgTeams.Store.ChangeRequests;
using MipgTeams.Store.Conversations;
using MipgTeams.Store.Leases;
using MipgTeams.Store.Outbox;
using MipgTeams.Store.Publishing;
using MipgTeams.Store.Questions;
using MipgTeams.Store.Reminders;
using MipgTeams.Store.Sync;

namespace MipgTeams.Store;

/// <summary>
/// The one store that is the truth. Provider-neutral: <see cref="SqliteMipgDbContext"/> and
/// <see cref="PostgresMipgDbContext"/> only exist so that each provider keeps its own migrations.
/// </summary>
public abstract class MipgDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<MipgDimension> Dimensions => Set<MipgDimension>();
    public DbSet<MipgPolicy> Policies => Set<MipgPolicy>();
    public DbSet<Macroprocess> Macroprocesses => Set<Macroprocess>();
    public DbSet<Process> Processes => Set<Process>();
    public DbSet<Document> Documents => Set<Document>();
    public DbSet<QualityTeamMember> QualityTeam => Set<QualityTeamMember>();
    public DbSet<AppSetting> Settings => Set<AppSetting>();
    public DbSet<SyncRun> SyncRuns => Set<SyncRun>();
    public DbSet<SyncCheckpoint> SyncCheckpoints => Set<SyncCheckpoint>();
    public DbSet<SourceItemRecord> SourceItems => Set<SourceItemRecord>();
    public DbSet<ConversationReferenceRecord> ConversationReferences => Set<ConversationReferenceRecord>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<QuestionLog> Questions => Set<QuestionLog>();
    public DbSet<ChangeRequest> ChangeRequests => Set<ChangeRequest>();
    public DbSet<ChangeRequestEvent> ChangeRequestEvents => Set<ChangeRequestEvent>();
    public DbSet<WriteBackJob> WriteBackJobs => Set<WriteBackJob>();
    public DbSet<ReminderClaim> ReminderClaims => Set<ReminderClaim>();
    public DbSet<Lease> Leases => Set<Lease>();
    public DbSet<PublicationJob> PublicationJobs => Set<PublicationJob>();
    public DbSet<IssuedCode> IssuedCodes => Set<IssuedCode>();
    public DbSet<Acknowledgment> Acknowledgments => Set<Acknowledgment>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        // Changes are detected once, here, before the event facts are stamped; SaveChanges then does not look again, so a
        // sync page of thousands of rows is not scanned twice.
        var detect = ChangeTracker.AutoDetectChangesEnabled;
        if (detect)
        {
            ChangeTracker.DetectChanges();
        }
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await EventFacts.StampAsync(this, cancellationToken);
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MipgDbContext).Assembly);
}
