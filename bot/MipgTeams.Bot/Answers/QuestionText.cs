namespace MipgTeams.Bot.Answers;

/// <summary>
/// The question in a message. Teams sends a command picked from the menu as the message's first word, so
/// "preguntar ¿quién lidera…?" asks "¿quién lidera…?": the word is dropped before it weighs on the search.
/// </summary>
internal static class QuestionText
{
    private static readonly string[] CommandWords = ["preguntar", "pregunta"];

    public static string From(string text)
    {
        var question = text.TrimStart();
        foreach (var word in CommandWords)
        {
            if (question.StartsWith(word, StringComparison.OrdinalIgnoreCase)
                && (question.Length == word.Length || !char.IsLetterOrDigit(question[word.Length])))
            {
                question = question[word.Length..].TrimStart(':', ',', ' ');
                break;
            }
        }
        return UserText.Cap(question);
    }
}
