using System.Text.Json;
using MipgTeams.Domain.ChangeRequests;
using MipgTeams.Store.Conversations;

namespace MipgTeams.Bot.Tests.ChangeRequests;

/// <summary>
/// The people of the demo lists as they click through the bot: Ana asks, Andrea leads Mejora Normativa (GLEGN02), Lina
/// and Elfa are in the quality team. Each has a 1:1 chat with the bot so sent cards get activity ids to update later.
/// </summary>
internal sealed class ChangeRequestScenario(BotHost bot)
{
    public const string Ana = "aaaaaaaa-0000-0000-0000-000000000001";
    public const string Andrea = "5f0c1a10-0000-4000-8000-000000000007";
    public const string Lina = "5f0c1a10-0000-4000-8000-000000000020";
    public const string Elfa = "5f0c1a10-0000-4000-8000-000000000021";
    public const string Intruso = "cccccccc-0000-0000-0000-000000000003";

    public BotHost Bot { get; } = bot;

    public async Task SeedChatsAsync()
    {
        await using var db = Bot.Demo.Store.CreateDbContext();
        foreach (var (objectId, userId) in new[] { (Ana, "29:ana"), (Andrea, "29:andrea"), (Lina, "29:lina"), (Elfa, "29:elfa") })
        {
            db.ConversationReferences.Add(new ConversationReferenceRecord
            {
                ConversationId = "a:chat-" + userId[3..],
                ConversationType = "personal",
                ServiceUrl = Bot.Connector.ServiceUrl,
                ChannelId = "msteams",
                TenantId = BotHost.TenantId,
                BotId = "28:" + BotHost.AppId,
                UserId = userId,
                UserAadObjectId = objectId,
                LastSeenAt = DateTimeOffset.UtcNow,
            });
        }
        await db.SaveChangesAsync();
    }

    /// <summary>The form card the bot answers "quiero solicitar un cambio" with.</summary>
    public async Task<JsonObject> FormAsync(string text = "quiero solicitar un cambio")
    {
        var reply = Assert.Single(await Bot.AskAsync(text));
        return Replies.Card(reply);
    }

    /// <summary>Fills the form and clicks "Enviar solicitud" as Ana; returns the invoke response body.</summary>
    public async Task<JsonObject> SubmitAsync(
        string? code = "GLEGN02-P001", string kind = "Modificar", string? description = "Se actualiza el paso 4 con la nueva norma",
        string? reason = "Lo exige el Decreto 1081 de 2015", string? processCode = null, string? title = null, string by = Ana,
        string? draft = DefaultDraft)
    {
        if (draft is not null && draft.StartsWith("Borradores/", StringComparison.Ordinal))
        {
            WriteDraft(draft);
        }
        var submit = Replies.Actions(await FormAsync()).Single(a => a["verb"]!.GetValue<string>() == "cr.submit");
        var data = submit["data"]!.AsObject();
        data["kind"] = kind;
        data["documentCode"] = code;
        data["description"] = description;
        data["reason"] = reason;
        data["processCode"] = processCode;
        data["title"] = title;
        data["draftUrl"] = draft;
        return await Bot.ClickAsync(submit, aadObjectId: by);
    }

    public const string DefaultDraft = "Borradores/GLEGN02-P001 borrador paso 4.docx";

    /// <summary>The demo library copy's folder (library/ inside it).</summary>
    public string Library => Path.Combine(Bot.Demo.Folder, "library");

    /// <summary>Puts a draft in the library's Borradores/ folder: a copy of a demo file of the same extension, with a mark.</summary>
    public byte[] WriteDraft(string relative)
    {
        var full = Path.Combine(Library, relative);
        if (File.Exists(full))
        {
            return File.ReadAllBytes(full);
        }
        var extension = Path.GetExtension(relative);
        var sample = Directory.EnumerateFiles(Library, "*" + extension, SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .FirstOrDefault(f => !f.Contains("GINFD01-G002", StringComparison.Ordinal));
        var content = sample is null ? System.Text.Encoding.UTF8.GetBytes("borrador " + relative) : File.ReadAllBytes(sample);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
        return content;
    }

    /// <summary>One pass of the publication worker.</summary>
    public Task<int> PublishAsync() => Bot.Services.GetRequiredService<MipgTeams.SharePoint.Publishing.PublicationRunner>().RunDueAsync();

    /// <summary>Submits the usual request as Ana and returns the approval card waiting for its leader, Andrea.</summary>
    public async Task<JsonObject> SubmitForTheLeadersCardAsync()
    {
        await SubmitAsync();
        return await CardForAsync(Andrea);
    }

    /// <summary>The approval card waiting in the outbox for a person (the newest one).</summary>
    public async Task<JsonObject> CardForAsync(string objectId)
    {
        await using var db = Bot.Demo.Store.CreateDbContext();
        var message = (await db.Outbox.AsNoTracking().Where(m => m.RecipientAadObjectId == objectId).ToListAsync())
            .Where(m => m.Key.Contains(":card:", StringComparison.Ordinal) || m.Key.EndsWith(":returned", StringComparison.Ordinal))
            .OrderByDescending(m => m.Id).First();
        return Card(message);
    }

    public static JsonObject Card(OutboxMessage message) =>
        JsonNode.Parse(message.ActivityJson)!["attachments"]![0]!["content"]!.AsObject();

    public static JsonObject Action(JsonObject card, string verb, string? comment = null)
    {
        var action = Replies.Actions(card).Single(a => a["verb"]!.GetValue<string>() == verb).DeepClone().AsObject();
        if (comment is not null)
        {
            action["data"]!["comment"] = comment;
        }
        return action;
    }

    public Task<JsonObject> ClickAsync(JsonObject card, string verb, string by, string? comment = null) =>
        Bot.ClickAsync(Action(card, verb, comment), aadObjectId: by, userId: "29:" + by[^4..]);

    /// <summary>A refused or ignored click changed nothing: the request is still with the leader, as submitted.</summary>
    public async Task AssertUnchangedSinceSubmittedAsync(long id = 1)
    {
        var request = await RequestAsync(id);
        Assert.Equal(ChangeRequestStatus.PendingLeader, request.Status);
        Assert.Single(request.Events);
    }

    public async Task<ChangeRequest> RequestAsync(long id = 1)
    {
        await using var db = Bot.Demo.Store.CreateDbContext();
        return await db.ChangeRequests.AsNoTracking().Include(r => r.Events).SingleAsync(r => r.Id == id);
    }

    public async Task<List<OutboxMessage>> OutboxAsync()
    {
        await using var db = Bot.Demo.Store.CreateDbContext();
        return await db.Outbox.AsNoTracking().OrderBy(m => m.Id).ToListAsync();
    }

    public Task<int> SendOutboxAsync() => Bot.Services.GetRequiredService<OutboxSender>().SendDueAsync();

    public static string Visible(JsonObject invokeResponse) =>
        invokeResponse["type"]!.GetValue<string>() == "application/vnd.microsoft.card.adaptive"
            ? Replies.Visible(new JsonObject { ["attachments"] = new JsonArray(new JsonObject { ["content"] = invokeResponse["value"]!.DeepClone() }) })
            : invokeResponse["value"]!.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public static JsonObject CardOf(JsonObject invokeResponse)
    {
        Assert.Equal("application/vnd.microsoft.card.adaptive", invokeResponse["type"]!.GetValue<string>());
        return invokeResponse["value"]!.AsObject();
    }
}
