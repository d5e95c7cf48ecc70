using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MipgTeams.Bot.Outbox.Installation;
using MipgTeams.Bot.Protocol;

namespace MipgTeams.Bot.Outbox;

/// <summary>What the sender needs to reach people it has no chat with: the app installer, the tenant's settings, the coordinator's notices.</summary>
internal sealed class RecipientReach(ITeamsAppInstaller installer, IOptions<TeamsAppOptions> app, IOptions<BotOptions> bot, DeliveryNotices notices)
{
    public ITeamsAppInstaller Installer { get; } = installer;
    public TeamsAppOptions App => app.Value;
    public BotOptions Bot => bot.Value;
    public DeliveryNotices Notices { get; } = notices;

    /// <summary>No installs and no configured tenant: the chat is created from what the bot has seen, as on the local Playground.</summary>
    public static RecipientReach FromConversationsOnly(IOptions<OutboxOptions> options, TimeProvider time) => new(
        NoInstaller.Instance, Options.Create(new TeamsAppOptions()), Options.Create(new BotOptions()),
        new DeliveryNotices(new StoreOutbox(time), options, NullLogger<DeliveryNotices>.Instance));
}
