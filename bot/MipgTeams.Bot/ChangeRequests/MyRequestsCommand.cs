using MipgTeams.Bot.ChangeRequests.Cards;
using MipgTeams.Bot.Protocol;
using MipgTeams.Store;

namespace MipgTeams.Bot.ChangeRequests;

/// <summary>"mis solicitudes": the person's requests, newest first, with their state.</summary>
internal sealed class MyRequestsCommand(IDbContextFactory<MipgDbContext> dbFactory) : IMessageCommand
{
    private const int Shown = 15;

    public bool AnswersPrivately => true;

    public bool Matches(string folded) => folded is "mis solicitudes" or "mis solicitudes de cambio" or "ver mis solicitudes";

    public async Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (await turn.SenderObjectIdAsync(cancellationToken) is not { } objectId)
        {
            return;
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var mine = await db.ChangeRequests.AsNoTracking().Where(r => r.Requester.EntraObjectId == objectId)
            .OrderByDescending(r => r.Id).Take(Shown).ToListAsync(cancellationToken);
        if (mine.Count == 0)
        {
            await turn.ReplyAsync("No tienes solicitudes de cambio. Escribe \"solicitar un cambio\" para crear una.", cancellationToken);
            return;
        }
        await turn.ReplyWithCardAsync(ChangeRequestListCard.Create($"Tus solicitudes de cambio ({mine.Count})", mine), cancellationToken);
    }
}
