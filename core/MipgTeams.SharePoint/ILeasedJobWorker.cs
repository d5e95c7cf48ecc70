namespace MipgTeams.SharePoint;

/// <summary>A worker over leased jobs (publication, write-back), as its <see cref="LeasedJobService{TWorker}"/> loop runs it.</summary>
public interface ILeasedJobWorker
{
    /// <summary>The settings section, named in the log when the loop is off.</summary>
    string Section { get; }

    /// <summary>False on an instance that must not run the jobs (another one does).</summary>
    bool Enabled { get; }

    TimeSpan PollInterval { get; }

    /// <summary>One pass over the due jobs; returns how many were done.</summary>
    Task<int> RunDueAsync(CancellationToken cancellationToken);
}
