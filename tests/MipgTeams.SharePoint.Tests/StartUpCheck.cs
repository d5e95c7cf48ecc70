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

    /// <summary>
    /// <paramref name="settings"/> plus the tenant and the app that a credential of <paramref name="section"/> names
    /// (GraphCredentialOptions, the same in every section that calls Graph): what a credential kind other than None starts from.
    /// </summary>
    public static Dictionary<string, string?> WithCredentialIds(this Dictionary<string, string?> settings, string section) =>
        new(settings)
        {
            [$"{section}:Credential:TenantId"] = "00000000-0000-0000-0000-000000000001",
            [$"{section}:Credential:ClientId"] = "00000000-0000-0000-0000-000000000002",
        };

    /// <summary>Valid settings with one of them changed must stop the start with an error naming it.</summary>
    public static void AssertRefused(
        Func<IServiceCollection, IConfiguration, IServiceCollection> register, Dictionary<string, string?> valid, string key, string value, string message)
    {
        var settings = new Dictionary<string, string?>(valid) { [key] = value };

        var error = Assert.Throws<OptionsValidationException>(() => StartUp(register, settings));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
