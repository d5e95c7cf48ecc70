namespace MipgTeams.Search.Answers;

/// <summary>A word of the question: as typed (folded), its stem, its sound key, and the stems its synonyms bring.</summary>
internal sealed record QuestionWord(string Folded, string Stem, string Sound, IReadOnlyList<string> Synonyms);
