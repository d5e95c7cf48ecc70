namespace MipgTeams.Bot.Protocol;

/// <summary>
/// A reply a turn could not send in time. <see cref="Activity"/> is complete (serviceUrl, conversation, replyToId, locale);
/// <see cref="UpdateActivityId"/> is set when it replaces an earlier message instead of being a new one.
/// <see cref="TurnId"/> and <see cref="Sequence"/> (1, 2, …) identify it and give the order within the turn.
/// </summary>
public sealed record UndeliveredReply(string TurnId, int Sequence, Activity Activity, string? UpdateActivityId, string Reason);
