using System.Globalization;

namespace MipgTeams.Bot.ChangeRequests;

/// <summary>Times as staff in Cartagena read them. Colombia keeps UTC−5 all year (no daylight saving).</summary>
internal static class BogotaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(-5);

    public static string Format(DateTimeOffset time) => time.ToOffset(Offset).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().ToOffset(Offset).DateTime);

    /// <summary>The first instant of a Bogotá day, in UTC.</summary>
    public static DateTimeOffset StartOf(DateOnly day) => new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), Offset).ToUniversalTime();
}
