using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MipgTeams.Bot.Protocol;

/// <summary>
/// Turns a POST to /api/messages into a turn of the bot, as the Bot Framework's CloudAdapter does: caps and parses the
/// body, authenticates, checks the tenant, runs the bot, and answers 200 (or the invoke response, or the buffered
/// replies for expectReplies). Bad requests get a 4xx with a short reason; a failing turn never becomes a 500. The
/// answer never waits long on the connector: the turn's calls share one short budget, and what does not fit goes to the
/// <see cref="IUndeliveredReplySink"/> (an invoke's replies always do, so its response leaves at once).
/// </summary>
internal sealed class BotAdapter(
    IBot bot, IConnectorClient connector, IEnumerable<IUndeliveredReplySink> sinks, BotAuthenticator authenticator, IOptions<BotOptions> options, IOptions<ProtocolTexts> texts,
    TimeProvider time, BotTelemetry telemetry, ILogger<BotAdapter> logger)
{
    private readonly BotOptions settings = options.Value;
    private readonly ProtocolTexts words = texts.Value;
    // A turn tries each call once, within its budget; retrying is the outbox's business, on its own schedule.
    private readonly IConnectorClient turnConnector = connector.WithoutInlineRetries();
    private readonly IUndeliveredReplySink? sink = sinks.LastOrDefault();

    public Task ProcessAsync(HttpContext http) => ProcessAsync(http, warmUp: false);

    /// <summary>
    /// A warm-up turn (see <see cref="BotWarmUp"/>) comes from the host itself before it serves: it has no token to
    /// check and is not a turn to count.
    /// </summary>
    internal async Task ProcessAsync(HttpContext http, bool warmUp)
    {
        var started = time.GetTimestamp();
        var cancellationToken = http.RequestAborted;
        var (activity, problem) = await ReadActivityAsync(http, cancellationToken);
        if (activity is null)
        {
            await RefuseAsync(http, problem!.Value.Status, problem.Value.Reason);
            return;
        }
        using var trace = BotTelemetry.Source.StartActivity("bot.turn", ActivityKind.Server);
        trace?.SetTag("bot.activity.type", LogSafe.Value(activity.Type));

        var authentication = warmUp
            ? AuthenticationResult.Anonymous
            : await authenticator.AuthenticateAsync(http.Request.Headers.Authorization.FirstOrDefault(), activity, cancellationToken);
        if (authentication.Unavailable)
        {
            logger.LogError("Could not check an activity's token: {Reason}", authentication.Reason);
            await RefuseAsync(http, StatusCodes.Status503ServiceUnavailable, "authentication unavailable, retry later");
            return;
        }
        if (!authentication.IsAuthenticated)
        {
            logger.LogWarning("Refused an activity: {Reason}", authentication.Reason);
            await RefuseAsync(http, StatusCodes.Status401Unauthorized, "unauthorized");
            return;
        }
        if (!warmUp && !settings.IsTenantServed(activity.TenantId))
        {
            logger.LogWarning("Refused an activity from tenant {Tenant}, which is not served (Bot:AllowedTenants)", LogSafe.Value(activity.TenantId, 40));
            await RefuseAsync(http, StatusCodes.Status403Forbidden, "tenant not served");
            return;
        }

        var delivery = new InlineDelivery(
            turnConnector, sink, settings.InlineSendBudget, deferAll: activity.Type == ActivityTypes.Invoke, time, logger);
        var turn = new TurnContext(activity, delivery, words.Locale);
        await RunTurnAsync(turn, cancellationToken);
        await RespondAsync(http, turn, cancellationToken);
        if (!warmUp)
        {
            telemetry.RecordTurn(activity.Type!, time.GetElapsedTime(started));
        }
    }

    private async Task<(Activity? Activity, (int Status, string Reason)? Problem)> ReadActivityAsync(HttpContext http, CancellationToken cancellationToken)
    {
        if (http.Request.ContentLength > settings.MaxRequestBytes)
        {
            return (null, (StatusCodes.Status413PayloadTooLarge, "body too large"));
        }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = settings.MaxRequestBytes;
        }
        Activity? activity;
        try
        {
            activity = await JsonSerializer.DeserializeAsync<Activity>(http.Request.Body, BotJson.Options, cancellationToken);
        }
        catch (JsonException)
        {
            return (null, (StatusCodes.Status400BadRequest, "body is not a valid activity (JSON)"));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, (StatusCodes.Status413PayloadTooLarge, "body too large"));
        }
        var reason = activity switch
        {
            null => "empty activity",
            { Type: null or "" } => "missing type",
            { Conversation: null } or { Conversation.Id: null or "" } => "missing conversation.id",
            { ServiceUrl: null or "" } => "missing serviceUrl",
            _ when !Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https") => "serviceUrl is not an http(s) URL",
            _ => null,
        };
        if (reason is not null)
        {
            return (null, (StatusCodes.Status400BadRequest, reason));
        }
        // JSON nulls inside the member lists mean nothing; dropping them spares every handler a null check.
        activity!.MembersAdded?.RemoveAll(m => m is null);
        activity.MembersRemoved?.RemoveAll(m => m is null);
        return (activity, null);
    }

    private async Task RunTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        using var typing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var typingTask = turn.Activity.Type == ActivityTypes.Message && !turn.ExpectReplies
            ? TypingIndicator.RunAsync(turn, turnConnector, settings, time, logger, typing.Token)
            : Task.CompletedTask;
        try
        {
            await bot.OnTurnAsync(turn, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "The turn for a {Type} activity failed", LogSafe.Value(turn.Activity.Type));
            await ApologizeAsync(turn, cancellationToken);
        }
        finally
        {
            await typing.CancelAsync();
            await typingTask;
        }
    }

    private async Task ApologizeAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.Type == ActivityTypes.Invoke)
        {
            turn.InvokeResponse = InvokeResponse.Error(500, "InternalError", words.ActionFailed);
            return;
        }
        try
        {
            await turn.SendActivityAsync(turn.Activity.CreateReply(words.TurnFailed), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not send the apology either");
        }
    }

    private async Task RespondAsync(HttpContext http, TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.Type == ActivityTypes.Invoke)
        {
            var response = turn.InvokeResponse ?? InvokeResponse.NotImplemented(words.ActionNotImplemented);
            http.Response.StatusCode = response.Status;
            if (response.Body is not null)
            {
                await http.Response.WriteAsJsonAsync(response.Body, BotJson.Options, cancellationToken);
            }
            return;
        }
        if (turn.ExpectReplies)
        {
            await http.Response.WriteAsJsonAsync(new { activities = turn.BufferedReplies }, BotJson.Options, cancellationToken);
            return;
        }
        http.Response.StatusCode = StatusCodes.Status200OK;
    }

    private static Task RefuseAsync(HttpContext http, int status, string reason)
    {
        http.Response.StatusCode = status;
        return http.Response.WriteAsJsonAsync(new JsonObject { ["error"] = reason });
    }
}
