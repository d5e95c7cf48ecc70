namespace MipgTeams.Evaluation;

/// <summary>
/// One question of an evaluation set: the documents that answer it (any of them is right), a phrase the reply must hold
/// (a deadline, an amount, a leader's name), or None when the library has no answer and «No encontré» is right.
/// </summary>
public sealed record EvaluationCase(string Question, IReadOnlyList<string> Codes, string? Fact, bool None)
{
    public bool AsksForDocument => Codes.Count > 0;
}
