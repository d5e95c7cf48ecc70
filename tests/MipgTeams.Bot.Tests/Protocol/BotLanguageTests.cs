namespace MipgTeams.Bot.Tests.Protocol;

/// <summary>The protocol speaks no language of its own: the bot gives it its Spanish words and the es-CO locale.</summary>
public sealed class BotLanguageTests
{
    [Fact]
    public async Task Replies_sent_through_the_connector_or_in_the_http_answer_are_marked_es_CO()
    {
        await using var bot = await BotHost.StartAsync();

        await bot.PostAsync(bot.Message("GLEGN02-P001"));
        var buffered = JsonNode.Parse(await (await bot.PostAsync(bot.Message("GLEGN02-P001", "expectReplies"))).Content.ReadAsStringAsync())!;

        Assert.Equal("es-CO", Assert.Single(bot.Connector.Messages)["locale"]!.GetValue<string>());
        Assert.All(buffered["activities"]!.AsArray(), reply => Assert.Equal("es-CO", reply!["locale"]!.GetValue<string>()));
    }

    [Fact]
    public async Task An_invoke_nobody_handles_is_refused_in_Spanish()
    {
        await using var bot = await BotHost.StartAsync();
        var invoke = bot.Message("");
        invoke["type"] = "invoke";
        invoke["name"] = "composeExtension/query";

        var body = JsonNode.Parse(await (await bot.PostAsync(invoke)).Content.ReadAsStringAsync())!;

        Assert.Equal(501, body["statusCode"]!.GetValue<int>());
        Assert.Equal("Esta acción no está disponible en MipgTeams.", body["value"]!["message"]!.GetValue<string>());
    }
}
