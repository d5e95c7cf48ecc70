using MipgTeams.Domain.ChangeRequests;

namespace MipgTeams.Store.ChangeRequests;

/// <summary>
/// The mirror of one change request in the SharePoint list. Marked due in the same transaction as every transition
/// (<see cref="WantedVersion"/> grows); the write-back worker pushes the request's latest state and records the version it
/// pushed, so a failed push is simply retried later and nothing is lost.
/// </summary>
public sealed class WriteBackJob : ILeasedJob
{
    public long ChangeRequestId { get; set; }
    public ChangeRequest? Request { get; set; }
    /// <summary>The list item that mirrors the request, once created.</summary>
    public string? ListItemId { get; set; }
    /// <summary>The request version that should be in SharePoint.</summary>
    public int WantedVersion { get; set; }
    /// <summary>The request version SharePoint last accepted (0: never).</summary>
    public int PushedVersion { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    /// <summary>Lets several bot instances share the jobs: the instance that leased a job pushes it.</summary>
    public DateTimeOffset? LeaseUntil { get; set; }

    public bool IsDue => WantedVersion > PushedVersion;

    /// <summary>Marks the request's current version to be pushed now.</summary>
    public static void Touch(MipgDbContext db, WriteBackJob? existing, ChangeRequest request, DateTimeOffset now)
    {
        var job = existing ?? db.WriteBackJobs.Add(new WriteBackJob { Request = request }).Entity;
        job.WantedVersion = request.Version;
        job.NextAttemptAt = now;
        job.Attempts = 0;
    }
}
