namespace MipgTeams.Bot.Outbox.Installation;

/// <summary>Why a person cannot be written to yet; each waits, and is retried as soon as their chat appears.</summary>
internal enum Unreachability
{
    /// <summary>No chat with them, none to take the connector's address from, and nothing configured to install the app.</summary>
    NeverMet,

    /// <summary>Graph refused to install the app for them (403: no admin consent, or the app is blocked for them).</summary>
    InstallRefused,

    /// <summary>They are not in Teams as far as Graph or the connector can tell (404), or the connector refused the chat.</summary>
    ChatRefused,
}
