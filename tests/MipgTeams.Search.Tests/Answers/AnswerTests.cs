namespace MipgTeams.Search.Tests.Answers;

/// <summary>A class of tests that put questions to the engine over the demo's index, which they share (<see cref="SearchFixture"/>).</summary>
public abstract class AnswerTests(SearchFixture search) : IClassFixture<SearchFixture>
{
    protected Answer Ask(string question) => search.Engine.Answer(question);
}
