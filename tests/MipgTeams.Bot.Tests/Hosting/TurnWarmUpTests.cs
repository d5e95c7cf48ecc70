using MipgTeams.Bot.Answers;

namespace MipgTeams.Bot.Tests.Hosting;

/// <summary>The warm-up before serving makes the first turn cheap and leaves nothing behind.</summary>
public sealed class TurnWarmUpTests : BotHostTests
{
    [Fact]
    public async Task Warming_up_at_start_leaves_no_conversation_and_no_question_in_the_store()
    {
        _ = Bot.Client; // the host has started: its warm-up has run
        await using var db = Bot.Demo.Store.CreateDbContext();
        Assert.Empty(await db.ConversationReferences.ToListAsync());
        Assert.Empty(await db.Questions.ToListAsync());
    }

    [Fact]
    public async Task The_first_person_to_write_after_start_is_remembered_and_their_question_recorded_as_usual()
    {
        var replies = await Bot.AskAsync("GLEGN02-P001");
        Assert.NotEmpty(replies);
        await Bot.Services.GetRequiredService<QuestionRecorder>().FlushAsync(CancellationToken.None);
        await using var db = Bot.Demo.Store.CreateDbContext();
        Assert.Single(await db.ConversationReferences.ToListAsync());
        Assert.Equal("GLEGN02-P001", Assert.Single(await db.Questions.ToListAsync()).Question);
    }
}
