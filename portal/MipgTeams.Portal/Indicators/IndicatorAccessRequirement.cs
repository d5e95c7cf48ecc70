using Microsoft.AspNetCore.Authorization;

namespace MipgTeams.Portal.Indicators;

/// <summary>The indicators' policies: signed in, and allowed by <see cref="IndicatorAccessHandler"/>.</summary>
internal sealed class IndicatorAccessRequirement : IAuthorizationRequirement
{
    /// <summary>The page: the host's default scheme (in EntraId mode a bearer token or the browser's session).</summary>
    public const string Policy = "Indicadores";

    /// <summary>The feeds and the Excel file: the same rule, through the feeds' scheme when the mode has one.</summary>
    public const string FeedPolicy = "IndicadoresDatos";

    /// <param name="options">The host's authorization options.</param>
    /// <param name="feedScheme">The feeds' authentication scheme (EntraId: <see cref="IndicatorBearer.FeedScheme"/>); null for the default one.</param>
    public static void AddPolicies(AuthorizationOptions options, string? feedScheme)
    {
        options.AddPolicy(Policy, Allowed);
        options.AddPolicy(FeedPolicy, p =>
        {
            if (feedScheme is not null)
            {
                p.AddAuthenticationSchemes(feedScheme);
            }
            Allowed(p);
        });
    }

    private static void Allowed(AuthorizationPolicyBuilder policy) =>
        policy.RequireAuthenticatedUser().AddRequirements(new IndicatorAccessRequirement());
}
