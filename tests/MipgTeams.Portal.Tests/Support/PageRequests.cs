using System.Net;

namespace MipgTeams.Portal.Tests.Support;

/// <summary>A page asked for as a person's browser does: the status it must come with, then its text to look into.</summary>
public static class PageRequests
{
    /// <summary>GETs <paramref name="path"/>, asserts it answers <paramref name="status"/>, and gives the response (for its headers) and its text.</summary>
    public static async Task<(HttpResponseMessage Response, string Html)> GetPageAsync(this HttpClient client, string path, HttpStatusCode status)
    {
        var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(status, response.StatusCode);
        return (response, html);
    }
}
