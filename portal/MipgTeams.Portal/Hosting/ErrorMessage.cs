namespace MipgTeams.Portal;

/// <summary>A reason a page or endpoint gives for its 400 or 404, shown by the Spanish error page it re-executes into.</summary>
internal static class ErrorMessage
{
    public const string Key = "mipg:error";
}
