using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MipgTeams.TestSupport.Cards;

namespace MipgTeams.Evaluation;

/// <summary>
/// What a person sees in the bot's reply: the documents offered as answers in the card's order (the best one's
/// «CODE · Título», then «**CODE** …» lines), all the text, and whether it was the «No encontré» card. Near matches
/// listed under «Quizá buscas…» are suggestions, not answers, and are not ranked.
/// </summary>
public sealed partial record CardReply(IReadOnlyList<string> Codes, string Text, bool NoMatch)
{
    public static CardReply Read(IEnumerable<JsonObject> activities)
    {
        var texts = new List<string>();
        foreach (var activity in activities)
        {
            foreach (var attachment in activity["attachments"]?.AsArray() ?? [])
            {
                Collect(attachment?["content"], texts);
            }
            if (activity["text"]?.GetValueKind() == System.Text.Json.JsonValueKind.String)
            {
                texts.Add(activity["text"]!.GetValue<string>());
            }
        }
        var codes = new List<string>();
        foreach (var text in texts)
        {
            foreach (Match match in Ranked().Matches(text))
            {
                var code = match.Groups["code"].Value;
                if (!codes.Contains(code))
                {
                    codes.Add(code);
                }
            }
        }
        var all = string.Join('\n', texts);
        var noMatch = all.Contains("No encontré", StringComparison.Ordinal) || all.Contains("No entendí", StringComparison.Ordinal);
        return new CardReply(noMatch ? [] : codes, all, noMatch);
    }

    public bool Contains(string phrase) => Fold(Text).Contains(Fold(phrase), StringComparison.Ordinal);

    // Each TextBlock's text and each fact of a FactSet as "title: value", in card order.
    private static void Collect(JsonNode? node, List<string> texts)
    {
        foreach (var item in CardJson.Objects(node))
        {
            if (CardJson.TypeOf(item) == "TextBlock" && item["text"]?.GetValue<string>() is { } text)
            {
                texts.Add(text);
            }
            else if (CardJson.TypeOf(item) == "FactSet")
            {
                texts.AddRange((item["facts"]?.AsArray() ?? []).Select(fact => $"{fact?["title"]}: {fact?["value"]}"));
            }
        }
    }

    private static string Fold(string text)
    {
        var folded = Domain.TextFolding.Fold(text);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            builder.Append(char.IsWhiteSpace(c) ? ' ' : c);
        }
        return Spaces().Replace(builder.ToString(), " ");
    }

    [GeneratedRegex(@"(?m)^(?:- )?(?:\*\*)?(?<code>[A-Z]{2,8}[0-9]{2}-[A-Z][0-9]{3})(?:\*\* | · )")]
    private static partial Regex Ranked();

    [GeneratedRegex(@" +")]
    private static partial Regex Spaces();
}
