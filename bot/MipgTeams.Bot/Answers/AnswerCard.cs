using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using MipgTeams.Bot.Cards;
using MipgTeams.Domain.Documents;
using MipgTeams.Search.Answers;
using static MipgTeams.Bot.Cards.AdaptiveCard;

namespace MipgTeams.Bot.Answers;

/// <summary>
/// Shows an answer as an Adaptive Card 1.5: the best document (code, title, type, version, process, "Abrir"), the passage
/// that answers, up to three more results and "¿Te sirvió?"; and the same content as plain text for clients without cards.
/// </summary>
public static class AnswerCard
{
    public const string FeedbackVerb = "answer.feedback";
    public const string EscalateVerb = "answer.escalate";

    public static JsonObject Render(Answer answer, Guid questionId, string question = "")
    {
        var plain = PlainText(answer);
        return answer.Kind switch
        {
            AnswerKind.Documents => Create(plain, [.. DocumentBody(answer), .. Feedback(questionId, question, answer)]),
            AnswerKind.Fact => Create(plain, [.. FactBody(answer), .. Feedback(questionId, question, answer)]),
            // Nothing to send when nothing was understood (empty, emoji, punctuation): such questions are not even stored.
            AnswerKind.Empty => Create(plain, [.. NoMatchBody(answer)]),
            _ => Create(plain, [.. NoMatchBody(answer), Actions(Execute("Enviar mi pregunta al equipo de calidad", EscalateVerb, new JsonObject { ["questionId"] = questionId }))]),
        };
    }

    public static string PlainText(Answer answer)
    {
        var text = new StringBuilder();
        switch (answer.Kind)
        {
            case AnswerKind.Fact:
                text.AppendLine(answer.Text);
                break;
            case AnswerKind.Documents:
                var best = answer.Best!;
                text.AppendLine(CultureInfo.InvariantCulture, $"{best.Document.Code} {best.Document.Title} ({best.Document.Type.SpanishName()}, versión {best.Document.Version}, {best.Document.Status.SpanishName()}) {best.Document.WebUrl}");
                if (answer.Passage is not null)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"«{answer.Passage}»");
                }
                foreach (var other in answer.Documents.Skip(1))
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"- {other.Document.Code} {other.Document.Title} (v{other.Document.Version}) {other.Document.WebUrl}");
                }
                break;
            default:
                text.Append(NoMatchText(answer));
                break;
        }
        return text.ToString().TrimEnd();
    }

    private static IEnumerable<JsonNode> DocumentBody(Answer answer)
    {
        var best = answer.Best!;
        yield return Text("Esto es lo que encontré", size: "Small", subtle: true);
        foreach (var node in BestDocument(best))
        {
            yield return node;
        }
        if (answer.Passage is not null)
        {
            yield return Container(Text("En el documento:", size: "Small", weight: "Bolder"), Text($"«{CardText.Plain(answer.Passage)}»"));
        }
        foreach (var node in MoreResults(answer.Documents.Skip(1).ToList()))
        {
            yield return node;
        }
    }

    private static IEnumerable<JsonNode> BestDocument(DocumentHit hit)
    {
        var d = hit.Document;
        yield return Text($"{d.Code} · {CardText.Plain(d.Title)}", size: "Medium", weight: "Bolder");
        yield return Facts(
            ("Tipo", d.Type.SpanishName()),
            ("Versión", d.Version),
            ("Estado", d.Status.SpanishName()),
            ("Proceso", hit.ProcessName is null ? d.ProcessCode : $"{CardText.Plain(hit.ProcessName)} ({d.ProcessCode})"),
            ("Aprobado", d.ApprovedOn?.ToString("d 'de' MMMM 'de' yyyy", CultureInfo.GetCultureInfo("es-CO"))));
        if (d.Status == DocumentStatus.Obsolete)
        {
            yield return Text(hit.NewerVersion is { } newer
                ? $"⚠️ Este documento está obsoleto. La versión vigente es {newer.Code} v{newer.Version}: {CardText.Plain(newer.Title)}."
                : "⚠️ Este documento está obsoleto.", color: "Warning");
        }
        if (d.WebUrl is not null)
        {
            yield return Actions(OpenUrl("Abrir", d.WebUrl));
        }
    }

    private static IEnumerable<JsonNode> MoreResults(List<DocumentHit> others)
    {
        if (others.Count == 0)
        {
            yield break;
        }
        var items = new List<JsonNode> { Text("También pueden servirte:", size: "Small", weight: "Bolder") };
        foreach (var other in others)
        {
            var d = other.Document;
            var link = d.WebUrl is null ? "" : $" · [Abrir]({d.WebUrl})";
            items.Add(Text($"**{d.Code}** {CardText.Plain(d.Title)} · {d.Type.SpanishName()} v{d.Version}{link}"));
        }
        yield return Container([.. items]);
    }

    private static IEnumerable<JsonNode> FactBody(Answer answer)
    {
        if (answer.Heading is not null)
        {
            yield return Text(CardText.Plain(answer.Heading), size: "Medium", weight: "Bolder");
        }
        yield return Text(answer.Text ?? "");
        if (answer.Documents.Count is > 0 and <= 3 && answer.Text?.Contains("- **", StringComparison.Ordinal) != true)
        {
            foreach (var node in BestDocument(answer.Documents[0]))
            {
                yield return node;
            }
        }
    }

    private static IEnumerable<JsonNode> NoMatchBody(Answer answer)
    {
        yield return Text(CardText.Plain(NoMatchHeading(answer)), weight: "Bolder");
        if (answer.Suggestions.Count > 0)
        {
            yield return Text("Quizá buscas alguno de estos:");
            foreach (var suggestion in answer.Suggestions)
            {
                yield return Text($"- {CardText.Plain(suggestion)}");
            }
        }
        yield return Text(answer.Kind == AnswerKind.Empty
            ? "Escríbeme el código de un documento (por ejemplo, GLEGN02-P001) o tu pregunta con palabras; \"ayuda\" muestra todo lo que puedo hacer."
            : "Prueba con el código del documento (por ejemplo, GLEGN02-P001) o con otras palabras. Si crees que falta documentación, puedo enviar tu pregunta al equipo de calidad.", subtle: true);
    }

    private static string NoMatchHeading(Answer answer) =>
        answer.Kind == AnswerKind.Empty ? "No entendí la pregunta." : answer.Heading ?? "No encontré un documento que responda tu pregunta.";

    private static string NoMatchText(Answer answer)
    {
        var text = new StringBuilder(NoMatchHeading(answer));
        if (answer.Suggestions.Count > 0)
        {
            text.Append(" Quizá buscas: ").Append(string.Join("; ", answer.Suggestions)).Append('.');
        }
        text.Append(" Prueba con el código del documento (por ejemplo, GLEGN02-P001) o con otras palabras.");
        return text.ToString();
    }

    // Answered questions are stored only when someone rates them, so the card carries the question and its top result.
    private static JsonNode[] Feedback(Guid questionId, string question, Answer answer)
    {
        JsonObject Data(bool helpful) => new()
        {
            ["questionId"] = questionId,
            ["helpful"] = helpful,
            ["question"] = question,
            ["top"] = answer.Best?.Document.Code,
        };
        return
        [
            Container(Text("¿Te sirvió?", size: "Small", subtle: true)),
            Actions(Execute("👍 Sí", FeedbackVerb, Data(true)), Execute("👎 No", FeedbackVerb, Data(false))),
        ];
    }
}
