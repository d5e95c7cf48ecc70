using System.Collections.Concurrent;
using MipgTeams.Search.Answers;
using MipgTeams.Search.Index;

namespace MipgTeams.Portal.Catalog;

/// <summary>
/// The answers to recent searches, until the index moves to a new change: a public site sees the same few searches
/// again and again, and an answer can cost tens of milliseconds on a large library. Bounded; emptied when full.
/// </summary>
public sealed class AnswerCache(AnswerEngine engine, SearchIndex index)
{
    private const int MaxEntries = 2_000;
    private readonly ConcurrentDictionary<string, Answer> answers = new(StringComparer.Ordinal);
    private long checkpoint = -1;

    public Answer Answer(string question)
    {
        var current = index.Checkpoint;
        if (Interlocked.Exchange(ref checkpoint, current) != current || answers.Count >= MaxEntries)
        {
            answers.Clear();
        }
        // The engine folds case, accents and punctuation itself, so questions that differ only in those share an entry.
        return answers.GetOrAdd(AnswerEngine.Normalize(question), _ => engine.Answer(question));
    }
}
