using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace MipgTeams.Bot.ChangeRequests.Reports;

/// <summary>
/// Short-lived signed links to the committee report files. Teams cannot take file attachments from a bot without
/// OneDrive consent, so the card offers download buttons; the link itself is the permission (HMAC-SHA256 over format,
/// period and expiry), issued only to quality team members and valid for ChangeRequests:ReportLinkLifetime.
/// </summary>
internal sealed class ReportLinks(IOptions<ChangeRequestOptions> options, TimeProvider time)
{
    private readonly byte[] key = options.Value.ReportSigningKey is { Length: >= 32 } configured
        ? Encoding.UTF8.GetBytes(configured)
        : RandomNumberGenerator.GetBytes(32);

    public string Create(string format, DateOnly from, DateOnly to)
    {
        var expires = (time.GetUtcNow() + options.Value.ReportLinkLifetime).ToUnixTimeSeconds();
        var query = $"from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}&exp={expires}";
        return $"{options.Value.PublicBaseUrl.TrimEnd('/')}/api/reports/committee.{format}?{query}&sig={Sign(format, query)}";
    }

    /// <summary>The portal's indicators page for the quarter <paramref name="from"/> falls in; null when no portal is configured.</summary>
    public string? Indicators(DateOnly from) => string.IsNullOrWhiteSpace(options.Value.IndicatorsBaseUrl)
        ? null
        : IndicatorsPage(options.Value.IndicatorsBaseUrl, from);

    /// <summary>/indicadores with the year and quarter of <paramref name="from"/> (the page's own filter parameters).</summary>
    public static string IndicatorsPage(string baseUrl, DateOnly from) =>
        string.Create(CultureInfo.InvariantCulture, $"{baseUrl.TrimEnd('/')}/indicadores?anio={from.Year}&trimestre={((from.Month - 1) / 3) + 1}");

    /// <summary>The period of a valid, unexpired link; null otherwise.</summary>
    public (DateOnly From, DateOnly To)? Verify(string format, string? from, string? to, string? exp, string? sig)
    {
        if (!DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            || !DateOnly.TryParseExact(to, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end)
            || !long.TryParse(exp, NumberStyles.None, CultureInfo.InvariantCulture, out var expires) || sig is null)
        {
            return null;
        }
        var expected = Encoding.ASCII.GetBytes(Sign(format, $"from={from}&to={to}&exp={exp}"));
        var valid = CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(sig));
        return valid && time.GetUtcNow().ToUnixTimeSeconds() <= expires ? (start, end) : null;
    }

    private string Sign(string format, string query) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(format + "?" + query)));
}
