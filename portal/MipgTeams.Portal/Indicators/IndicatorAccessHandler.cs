using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Identity.Web;
using MipgTeams.Indicators.Access;
using MipgTeams.Store;

namespace MipgTeams.Portal.Indicators;

/// <summary>
/// Active members of the Equipo de Calidad list and the object ids of Configuración's MiembrosComite
/// (<see cref="IndicatorAccess"/>), read from the store on every request: someone removed from the list loses access
/// at once, without signing out.
/// </summary>
internal sealed class IndicatorAccessHandler(IDbContextFactory<MipgDbContext> factory) : AuthorizationHandler<IndicatorAccessRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, IndicatorAccessRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            return;
        }
        var cancellationToken = (context.Resource as HttpContext)?.RequestAborted ?? default;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (await db.MaySeeAsync(context.User.GetObjectId(), cancellationToken))
        {
            context.Succeed(requirement);
        }
    }
}
