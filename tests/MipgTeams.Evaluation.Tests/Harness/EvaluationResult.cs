using System.Globalization;
using System.Text;

namespace MipgTeams.Evaluation;

/// <summary>The figures of one run: top-1, hit@3 and MRR over the questions that ask for a document or a model fact,
/// facts held by the reply, and «No encontré» on the questions the library cannot answer.</summary>
public sealed class EvaluationResult(string name)
{
    private readonly List<string> misses = [];
    private int answerable;
    private int top1;
    private int hit3;
    private double reciprocal;
    private int facts;
    private int factsHeld;
    private int unanswerable;
    private int noMatchWhenNone;

    public string Name => name;
    public List<double> LatenciesMs { get; } = [];

    /// <summary>The questions in the order asked, beside <see cref="LatenciesMs"/> (to name the slow ones).</summary>
    public List<string> Asked { get; } = [];
    public IReadOnlyList<string> Misses => misses;

    public double Top1 => Ratio(top1, answerable);
    public double Hit3 => Ratio(hit3, answerable);
    public double Mrr => answerable == 0 ? 1 : reciprocal / answerable;
    public double Facts => Ratio(factsHeld, facts);
    public double NoAnswer => Ratio(noMatchWhenNone, unanswerable);
    public int Questions => answerable + unanswerable;

    public void Add(EvaluationCase c, CardReply reply, double latencyMs)
    {
        LatenciesMs.Add(latencyMs);
        Asked.Add(c.Question);
        var shown = reply.Codes.Count == 0 ? "«No encontré»" : string.Join(", ", reply.Codes.Take(4));
        if (c.None)
        {
            unanswerable++;
            if (reply.NoMatch)
            {
                noMatchWhenNone++;
            }
            else
            {
                misses.Add($"[sin respuesta] {c.Question} → {shown}");
            }
            return;
        }
        answerable++;
        var rank = c.AsksForDocument
            ? reply.Codes.Select((code, i) => (code, i)).Where(p => c.Codes.Contains(p.code)).Select(p => p.i + 1).FirstOrDefault()
            : (c.Fact is not null && reply.Contains(c.Fact) ? 1 : 0);
        top1 += rank == 1 ? 1 : 0;
        hit3 += rank is >= 1 and <= 3 ? 1 : 0;
        reciprocal += rank == 0 ? 0 : 1.0 / rank;
        if (rank != 1)
        {
            misses.Add($"[rank {rank}] {c.Question} → {shown} (esperado {string.Join("|", c.Codes)})");
        }
        if (c.Fact is not null && c.AsksForDocument)
        {
            facts++;
            if (reply.Contains(c.Fact))
            {
                factsHeld++;
            }
            else
            {
                var passage = reply.Text.Split('\n').FirstOrDefault(t => t.StartsWith('«')) ?? "(sin pasaje)";
                misses.Add($"[dato] {c.Question} → falta «{c.Fact}»; pasaje: {passage[..Math.Min(140, passage.Length)]}");
            }
        }
    }

    public string Summary() => string.Create(CultureInfo.InvariantCulture,
        $"{name}: {Questions} questions — top-1 {Top1:P1}, hit@3 {Hit3:P1}, MRR {Mrr:F3}, facts {Facts:P1} ({factsHeld}/{facts}), no-answer {NoAnswer:P1} ({noMatchWhenNone}/{unanswerable})");

    public string Report()
    {
        var text = new StringBuilder(Summary()).AppendLine();
        foreach (var miss in misses)
        {
            text.AppendLine("  " + miss);
        }
        return text.ToString();
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;
}
