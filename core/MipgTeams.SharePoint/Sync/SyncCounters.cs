namespace MipgTeams.SharePoint.Sync;

/// <summary>Counts and errors of one run, shared by the containers it syncs.</summary>
internal sealed class SyncCounters
{
    public int Seen { get; set; }
    public int Changed { get; set; }
    public int Removed { get; set; }
    public int Failed { get; set; }
    public List<string> Errors { get; } = [];

    public void Fail(string error)
    {
        Failed++;
        Errors.Add(error);
    }
}
