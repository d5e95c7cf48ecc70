using MipgTeams.Bot.Cards;
using MipgTeams.Bot.ChangeRequests.Cards;
using MipgTeams.Bot.ChangeRequests.Publication;
using MipgTeams.Bot.Protocol;
using MipgTeams.Domain.Documents;
using MipgTeams.Domain.Time;
using MipgTeams.SharePoint.Publishing;
using MipgTeams.Store;

namespace MipgTeams.Bot.ChangeRequests;

/// <summary>
/// The buttons of the change-request cards. Who acts is the invoke's from.aadObjectId, never anything in the card's data,
/// which only locates the request and the version the person saw. The answer replaces the card for the person who
/// clicked; the outbox updates every other copy.
/// </summary>
internal sealed class ChangeRequestActionHandler(
    ChangeRequestService service, PublicationRunner publication, Acknowledgments acknowledgments, IDbContextFactory<MipgDbContext> dbFactory,
    ILibraryPublisher library)
    : IInvokeHandler
{
    public bool CanHandle(string verb) => ChangeRequestVerbs.IsOwn(verb);

    public async Task<InvokeResponse> HandleAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        // Entra object ids are GUIDs; anything else is not a Teams user (and would not fit where the store keeps people).
        if (turn.Activity.From?.AadObjectId is not { Length: > 0 } objectId || !Guid.TryParse(objectId, out _))
        {
            return InvokeResponse.Error(403, "Forbidden", "No pude identificar tu cuenta de Microsoft Entra; abre el chat con MipgTeams desde Teams e inténtalo de nuevo.");
        }
        var actor = new Actor(objectId, turn.Activity.From.Name is { Length: > 0 } name ? UserText.Cap(name, 200) : "Servidor(a)");
        if (action.Verb == ChangeRequestVerbs.Submit)
        {
            return await SubmitAsync(actor, ChangeRequestInput.From(action), cancellationToken);
        }
        if (!long.TryParse(action.GetString("requestId"), out var requestId) || !int.TryParse(action.GetString("version"), out var version))
        {
            return InvokeResponse.Error(400, "BadRequest", "La tarjeta no indica a qué solicitud se refiere; escribe \"mis solicitudes\" o \"pendientes\".");
        }
        return action.Verb switch
        {
            ChangeRequestVerbs.Approve or ChangeRequestVerbs.Validate or ChangeRequestVerbs.Reject or ChangeRequestVerbs.Cancel =>
                await RespondAsync(await service.DecideAsync(requestId, version, action.Verb, actor, action.GetString("comment"), cancellationToken, Choices(action)),
                    actor, action.Verb, cancellationToken),
            ChangeRequestVerbs.RetryPublication => await RetryAsync(requestId, actor, cancellationToken),
            ChangeRequestVerbs.Read => await acknowledgments.ReadAsync(requestId, actor, cancellationToken),
            ChangeRequestVerbs.Resubmit =>
                await RespondAsync(await service.ResubmitAsync(requestId, version, actor, ChangeRequestInput.From(action), cancellationToken), actor, action.Verb, cancellationToken, ChangeRequestInput.From(action)),
            ChangeRequestVerbs.View or ChangeRequestVerbs.Refresh => await ViewAsync(requestId, actor, cancellationToken),
            _ => InvokeResponse.Error(400, "UnknownAction", "Esta acción ya no está disponible."),
        };
    }

    private async Task<InvokeResponse> SubmitAsync(Actor actor, ChangeRequestInput input, CancellationToken cancellationToken)
    {
        var outcome = await service.SubmitAsync(actor, input, cancellationToken);
        if (outcome.AlreadyDecided)
        {
            return InvokeResponse.Card(ChangeRequestCards.For(outcome.Request!, outcome.Deciders!, actor, await FormChoicesAsync(cancellationToken),
                $"Ya registré esta solicitud (#{outcome.Request!.Id}) desde este formulario; no registré otra."));
        }
        if (!outcome.Succeeded)
        {
            return InvokeResponse.Card(ChangeRequestFormCard.Create(input, outcome.Errors, await FormChoicesAsync(cancellationToken), notice: outcome.Refusal));
        }
        var leader = outcome.Deciders!.Leader;
        var notice = leader is null
            ? $"Registré tu solicitud #{outcome.Request!.Id}, pero el proceso no tiene líder en la lista de procesos; el equipo de calidad debe registrarlo para que pueda aprobarse."
            : $"Registré tu solicitud #{outcome.Request!.Id}. La enviaré a {leader.DisplayName}, líder del proceso, para su aprobación. Te avisaré de cada paso.";
        return InvokeResponse.Card(ChangeRequestCard.Create(outcome.Request, Viewer.Requester, notice));
    }

    private async Task<InvokeResponse> RespondAsync(
        ChangeRequestOutcome outcome, Actor actor, string verb, CancellationToken cancellationToken, ChangeRequestInput? input = null)
    {
        if (outcome.Request is null)
        {
            return InvokeResponse.Error(404, "NotFound", outcome.Refusal ?? "No encontré la solicitud.");
        }
        if (!IsInvolved(outcome.Request, outcome.Deciders, actor))
        {
            // Someone with a forwarded or forged card: who may act, at most; never the request (what changes, why, the
            // comments, even its state).
            return InvokeResponse.Error(403, "Forbidden", outcome.NotAllowed ? outcome.Refusal! : NotInvolved);
        }
        if (outcome.Errors.Count > 0)
        {
            return InvokeResponse.Card(ChangeRequestFormCard.Create(input ?? ChangeRequestFormCard.ValuesOf(outcome.Request), outcome.Errors,
                await FormChoicesAsync(cancellationToken), amending: outcome.Request));
        }
        var deciders = outcome.Deciders!;
        var form = await FormChoicesAsync(cancellationToken);
        if (outcome.AlreadyDecided)
        {
            var last = outcome.Request.Events.MaxBy(e => e.Version);
            var notice = "Esta solicitud ya cambió y no se aplicó otra decisión" +
                (last is null ? "." : $". Último paso: {last.Type.Label()} ({CardText.Plain(last.ActorName)}, {BogotaTime.Format(last.At)}).");
            return InvokeResponse.Card(ChangeRequestCards.For(outcome.Request, deciders, actor, form, notice));
        }
        if (outcome.Refusal is not null)
        {
            return InvokeResponse.Card(ChangeRequestCards.For(outcome.Request, deciders, actor, form, outcome.Refusal));
        }
        var done = verb switch
        {
            ChangeRequestVerbs.Approve => "Aprobaste la solicitud; pasa al equipo de calidad.",
            ChangeRequestVerbs.Validate => "Validaste la solicitud; la nueva versión se está publicando en la biblioteca y te avisaré si algo lo impide.",
            ChangeRequestVerbs.Reject => "Rechazaste la solicitud; volvió al solicitante con tu comentario.",
            ChangeRequestVerbs.Cancel => "Cancelaste la solicitud.",
            _ => "Reenviaste la solicitud al líder del proceso.",
        };
        // The person who decided sees the outcome, read-only (the requester may still cancel an open request).
        var viewer = outcome.Request.Requester.HasObjectId(actor.ObjectId) && outcome.Request.IsOpen && outcome.Request.Status != ChangeRequestStatus.Returned
            ? Viewer.Requester : Viewer.Nobody;
        return InvokeResponse.Card(ChangeRequestCard.Create(outcome.Request, viewer, done));
    }

    private async Task<InvokeResponse> ViewAsync(long requestId, Actor actor, CancellationToken cancellationToken)
    {
        if (await service.FindAsync(requestId, cancellationToken) is not { } found)
        {
            return InvokeResponse.Error(404, "NotFound", $"No encontré la solicitud #{requestId}.");
        }
        if (!IsInvolved(found.Request, found.Deciders, actor))
        {
            return InvokeResponse.Error(403, "Forbidden", NotInvolved);
        }
        return InvokeResponse.Card(ChangeRequestCards.For(found.Request, found.Deciders, actor, await FormChoicesAsync(cancellationToken)));
    }

    private static PublicationChoices Choices(CardAction action) => new(
        action.GetString("finalFile"), action.GetString("publishVersion"),
        DocumentTypes.TryParseSpanish(action.GetString("documentType"), out var type) ? type : null);

    /// <summary>«Reintentar publicación»: a quality member puts a stopped publication back in the queue.</summary>
    private async Task<InvokeResponse> RetryAsync(long requestId, Actor actor, CancellationToken cancellationToken)
    {
        if (await service.FindAsync(requestId, cancellationToken) is not { } found)
        {
            return InvokeResponse.Error(404, "NotFound", $"No encontré la solicitud #{requestId}.");
        }
        if (!found.Deciders.IsQualityMember(actor))
        {
            return InvokeResponse.Error(403, "Forbidden", "Solo un miembro activo del equipo de calidad puede reintentar una publicación.");
        }
        var notice = await publication.RetryAsync(requestId, cancellationToken)
            ? "Puse la publicación otra vez en cola; te avisaré cuando quede publicada o si vuelve a fallar."
            : "Esta solicitud no tiene una publicación pendiente por reintentar.";
        return InvokeResponse.Card(ChangeRequestCards.For(found.Request, found.Deciders, actor, await FormChoicesAsync(cancellationToken), notice));
    }

    private const string NotInvolved = "Esta solicitud solo la ven quien la hizo, el líder del proceso y el equipo de calidad.";

    /// <summary>
    /// Who may see a request: its requester, the leader and quality team of its process now, and anyone who acted on it.
    /// Without the deciders (invalid corrections, which only the requester gets to make) the first and last count.
    /// </summary>
    private static bool IsInvolved(ChangeRequest request, Deciders? deciders, Actor actor) =>
        request.Requester.HasObjectId(actor.ObjectId) || request.Events.Any(e => actor.Is(e.ActorObjectId))
        || (deciders is not null && (deciders.IsLeader(actor) || deciders.IsQualityMember(actor)));

    private async Task<FormChoices> FormChoicesAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await FormChoices.LoadAsync(db, library, cancellationToken);
    }
}
