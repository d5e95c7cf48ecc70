using MipgTeams.Domain.Time;
using MipgTeams.Bot.Reminders;
using MipgTeams.Bot.Tests.ChangeRequests;
using MipgTeams.Domain.Reminders;
using MipgTeams.Store;

namespace MipgTeams.Bot.Tests.Reminders;

/// <summary>
/// The bot over the demo store on a fake clock that starts on Wednesday 25 November 2026 at 08:00 in Bogotá, with the
/// change-request people of <see cref="ChangeRequestScenario"/> (Lina coordinates the quality team).
/// </summary>
internal sealed class ReminderScenario : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 25, 13, 0, 0, TimeSpan.Zero);

    private ReminderScenario(BotHost bot, FakeTimeProvider time)
    {
        Bot = bot;
        Time = time;
        Requests = new ChangeRequestScenario(bot);
    }

    public BotHost Bot { get; }
    public FakeTimeProvider Time { get; }
    public ChangeRequestScenario Requests { get; }
    public DateOnly Today => BogotaTime.DateOf(Time.GetUtcNow());

    public static async Task<ReminderScenario> StartAsync(FakeTimeProvider? time = null, IDictionary<string, string?>? settings = null)
    {
        time ??= new FakeTimeProvider(Start);
        var bot = await BotHost.StartAsync(services: s => s.AddSingleton<TimeProvider>(time), settings: settings);
        var scenario = new ReminderScenario(bot, time);
        await scenario.Requests.SeedChatsAsync();
        return scenario;
    }

    public ReminderRunner Runner => Bot.Services.GetRequiredService<ReminderRunner>();

    /// <summary>A second bot instance on the same store: its own claims identity, same everything else.</summary>
    public (ReminderClaims Claims, ReminderRunner Runner) Instance(string name)
    {
        var sp = Bot.Services;
        var options = sp.GetRequiredService<IOptions<ReminderOptions>>();
        var claims = new ReminderClaims(sp.GetRequiredService<IDbContextFactory<MipgDbContext>>(), options, Time) { Instance = name };
        var runner = new ReminderRunner(sp.GetRequiredService<ReminderInputs>(), claims, sp.GetRequiredService<IOutbox>(), options, Time, NullLogger<ReminderRunner>.Instance);
        return (claims, runner);
    }

    /// <summary>Moves the clock to <paramref name="hour"/> Bogotá time <paramref name="businessDays"/> business days later.</summary>
    public void AdvanceBusinessDays(int businessDays, int hour = 8)
    {
        var target = BogotaTime.At(BusinessCalendar.AddBusinessDays(Today, businessDays), new TimeOnly(hour, 0));
        Time.Advance(target - Time.GetUtcNow());
    }

    public async Task<List<OutboxMessage>> OutboxAsync(string keyPrefix)
    {
        await using var db = Bot.Demo.Store.CreateDbContext();
        return (await db.Outbox.AsNoTracking().OrderBy(m => m.Id).ToListAsync()).Where(m => m.Key.StartsWith(keyPrefix, StringComparison.Ordinal)).ToList();
    }

    public async Task<JsonObject> DigestAsync(string objectId, DateOnly? date = null) =>
        ChangeRequestScenario.Card(Assert.Single(await OutboxAsync(PersonDigest.DigestKey(objectId, date ?? Today))));

    public async ValueTask DisposeAsync() => await Bot.DisposeAsync();
}
