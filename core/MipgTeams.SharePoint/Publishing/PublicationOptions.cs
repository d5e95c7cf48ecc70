using System.ComponentModel.DataAnnotations;

namespace MipgTeams.SharePoint.Publishing;

/// <summary>Section "Publication": how the worker applies validated changes to the library.</summary>
public sealed class PublicationOptions
{
    public const string Section = "Publication";

    /// <summary>False on instances that must not write to the library (the jobs wait for one that does).</summary>
    public bool Enabled { get; set; } = true;
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
    /// <summary>Longest wait between two attempts while the library is unreachable (429, 5xx, network).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(15);
    [Range(1, 500)]
    public int BatchSize { get; set; } = 20;
    /// <summary>
    /// On the Graph source, how the bot signs in to write the library (the same kinds as Graph:Credential; its managed
    /// identity by default). The identity needs Sites.Selected with write on the site; without it jobs stop with a
    /// Spanish message and can be retried once the grant is there.
    /// </summary>
    public MipgTeams.SharePoint.Graph.GraphCredentialOptions Credential { get; set; } = new();
}
