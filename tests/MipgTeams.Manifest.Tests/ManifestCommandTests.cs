using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MipgTeams.Bot;
using MipgTeams.Bot.Conversation;
using MipgTeams.Domain;
using MipgTeams.TestSupport;

namespace MipgTeams.Manifest.Tests;

/// <summary>
/// The command menu Teams shows must hold words the bot acts on: a title picked from the menu is sent as the message,
/// and the bot tries its commands in registration order on the folded text before treating it as a question.
/// </summary>
public sealed class ManifestCommandTests
{
    // The command each menu title must reach. "preguntar" alone asks for the question; followed by one, the answer
    // engine drops the word (see the bot's QuestionText).
    private static readonly Dictionary<string, string?> Expected = new()
    {
        ["preguntar"] = "AskCommand",
        ["solicitar cambio"] = "RequestChangeCommand",
        ["mis solicitudes"] = "MyRequestsCommand",
        ["pendientes"] = "PendingCommand",
        ["ayuda"] = "HelpCommand",
    };

    public static TheoryData<string> Titles()
    {
        var data = new TheoryData<string>();
        foreach (var title in ManifestTitles())
        {
            data.Add(title);
        }
        return data;
    }

    [Fact]
    public void The_menu_lists_the_five_commands_of_the_issue_in_every_scope()
    {
        var bot = Template()["bots"]![0]!;
        var list = Assert.Single(bot["commandLists"]!.AsArray())!;
        Assert.Equal(["personal", "team", "groupChat"], list["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal(Expected.Keys, ManifestTitles());
    }

    [Theory]
    [MemberData(nameof(Titles))]
    public void Each_menu_title_reaches_the_bot_command_meant_for_it(string title)
    {
        var folded = TextFolding.Fold(title).TrimEnd('.', '!', '?', ' ');
        var handler = BotCommands().FirstOrDefault(c => c.Matches(folded))?.GetType().Name;
        Assert.True(Expected.ContainsKey(title), $"The manifest command \"{title}\" is not one this test knows.");
        Assert.True(Expected[title] == handler, $"\"{title}\" reaches {handler ?? "the answer engine"}, not {Expected[title] ?? "the answer engine"}.");
    }

    private static JsonNode Template() => JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "manifest", "manifest.template.json")))!;

    private static List<string> ManifestTitles() =>
        Template()["bots"]![0]!["commandLists"]![0]!["commands"]!.AsArray().Select(c => c!["title"]!.GetValue<string>()).ToList();

    // The message commands exactly as the bot registers them, in order. Matching reads only the text, so instances
    // without their dependencies are enough.
    private static IEnumerable<IMessageCommand> BotCommands()
    {
        var services = new ServiceCollection().AddMipgBot(new ConfigurationBuilder().Build());
        return services.Where(d => d.ServiceType == typeof(IMessageCommand))
            .Select(d => (IMessageCommand)RuntimeHelpers.GetUninitializedObject(d.ImplementationType!));
    }
}
