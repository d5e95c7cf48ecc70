namespace MipgTeams.Store;

/// <summary>
/// A job row, one per change request, that several instances share: the one that leases it (<see cref="LeaseUntil"/>)
/// runs it; a failed run counts an attempt and waits until <see cref="NextAttemptAt"/>.
/// </summary>
public interface ILeasedJob
{
    long ChangeRequestId { get; }

    DateTimeOffset NextAttemptAt { get; set; }

    int Attempts { get; set; }

    /// <summary>Why the last attempt failed (at most <see cref="LeasedJobs.MaxErrorLength"/> characters).</summary>
    string? LastError { get; set; }

    DateTimeOffset? LeaseUntil { get; set; }
}
