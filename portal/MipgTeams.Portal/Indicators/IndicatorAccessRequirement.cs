using Microsoft.AspNetCore.Authorization;

namespace MipgTeams.Portal.Indicators;

/// <summary>The indicators' policy: signed in, and allowed by <see cref="IndicatorAccessHandler"/>.</summary>
internal sealed class IndicatorAccessRequirement : IAuthorizationRequirement
{
    public const string Policy = "Indicadores";

    public static void AddPolicy(AuthorizationOptions options) =>
        options.AddPolicy(Policy, p => p.RequireAuthenticatedUser().AddRequirements(new IndicatorAccessRequirement()));
}
