namespace MipgTeams.Bot.Cards;

/// <summary>
/// Text from documents or people shown in a card's TextBlock, which renders a subset of markdown: brackets, asterisks
/// and underscores are escaped so content can never turn into links or formatting nobody wrote.
/// </summary>
public static class CardText
{
    public static string Plain(string? text) => Conversation.UserText.Escape(text ?? "", max: 2000);
}
