namespace MipgTeams.SharePoint.Tests;

/// <summary>What a host does at start with a section's settings: registers it and validates every option, as HostStartup does.</summary>
internal static class StartUpCheck
{
    public static void StartUp(Func<IServiceCollection, IConfiguration, IServiceCollection> register, Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = register(new ServiceCollection().AddLogging(), configuration).BuildServiceProvider();
        services.GetRequiredService<IStartupValidator>().Validate();
    }

    /// <summary>Valid settings with one of them changed must stop the start with an error naming it.</summary>
    public static void AssertRefused(
        Func<IServiceCollection, IConfiguration, IServiceCollection> register, Dictionary<string, string?> valid, string key, string value, string message)
    {
        var settings = new Dictionary<string, string?>(valid) { [key] = value };

        var error = Assert.Throws<OptionsValidationException>(() => StartUp(register, settings));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
