using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using MipgTeams.Bot.Protocol;
using MipgTeams.Search;
using MipgTeams.SharePoint.Graph;
using MipgTeams.Store;
using MipgTeams.TestSupport;

namespace MipgTeams.Manifest.Tests;

/// <summary>
/// The settings infra/main.bicep gives the bot (App Service app settings) and the sync worker (container env) are the
/// configuration keys the hosts bind (Section__Property, checked against the *Options classes), with every secret a
/// Key Vault reference.
/// </summary>
public sealed partial class AppSettingsTests
{
    private static readonly string[] BotSections = ["Store", "Bot", "Search", "Sync", "Graph", "Publication", "ChangeRequests", "WriteBack", "Outbox", "Reminders", "Folder", "TeamsApp"];
    private static readonly string[] WorkerSections = ["Store", "Sync", "Graph", "Folder"];
    private static readonly string[] PortalSections = ["Store", "Search", "Sync", "Graph", "Folder"];
    // Read by App Service, ASP.NET Core and the hosts' telemetry wiring (ObservabilityExtensions), not by options classes.
    private static readonly string[] PlatformSettings = ["URLS", "WEBSITES_PORT", "APPLICATIONINSIGHTS_CONNECTION_STRING"];

    private static readonly Dictionary<string, Type> Options = typeof(BotOptions).Assembly.GetTypes().Concat(typeof(Program).Assembly.GetTypes())
        .Concat(typeof(StoreOptions).Assembly.GetTypes()).Concat(typeof(SearchOptions).Assembly.GetTypes()).Concat(typeof(GraphSourceOptions).Assembly.GetTypes())
        .Where(t => t.IsPublic && t.GetField("Section", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true })
        .ToDictionary(t => (string)t.GetField("Section")!.GetRawConstantValue()!);

    private static readonly string Template = File.ReadAllText(Path.Combine(RepoPaths.Root, "infra", "main.bicep"));

    [Fact]
    public void Every_bot_setting_is_a_key_the_bot_reads()
    {
        var settings = Settings("botApp");

        Assert.Empty(settings.Keys.Where(k => !PlatformSettings.Contains(k)).Select(k => Problem(k, settings[k], BotSections)).OfType<string>());
        Assert.Subset(settings.Keys.ToHashSet(), new HashSet<string>
        {
            "APPLICATIONINSIGHTS_CONNECTION_STRING", "Store__Provider", "Store__ConnectionString", "Bot__MicrosoftAppId", "Bot__MicrosoftAppPassword", "Bot__MicrosoftAppTenantId",
            "Search__IndexPath", "Sync__Source", "Graph__Site", "Graph__Libraries__0", "ChangeRequests__PublicBaseUrl", "ChangeRequests__IndicatorsBaseUrl", "ChangeRequests__ReportSigningKey",
            "WriteBack__Enabled", "WriteBack__SiteId", "WriteBack__ListId", "WriteBack__Credential__Kind",
        });
    }

    [Fact]
    public void Every_worker_setting_is_a_key_the_worker_reads()
    {
        var settings = Settings("syncApp");

        Assert.Empty(settings.Keys.Where(k => !PlatformSettings.Contains(k)).Select(k => Problem(k, settings[k], WorkerSections)).OfType<string>());
        Assert.Subset(settings.Keys.ToHashSet(), new HashSet<string>
        {
            "APPLICATIONINSIGHTS_CONNECTION_STRING", "Store__Provider", "Store__ConnectionString", "Sync__Source", "Graph__Site", "Graph__Libraries__0", "Graph__Credential__Kind", "Graph__Credential__ClientId",
        });
    }

    [Fact]
    public void Every_portal_setting_is_a_key_the_portal_reads_and_it_reads_sharepoint_with_its_own_identity()
    {
        var settings = Settings("portalApp");

        Assert.Empty(settings.Keys.Where(k => !PlatformSettings.Contains(k)).Select(k => Problem(k, settings[k], PortalSections)).OfType<string>());
        Assert.Equal("'PostgreSql'", settings["Store__Provider"]);
        Assert.Matches(@"^'@Microsoft\.KeyVault\(SecretUri=\$\{storeConnectionSecret\.properties\.secretUri\}\)'$", settings["Store__ConnectionString"]);
        Assert.Equal("'Graph'", settings["Sync__Source"]);
        Assert.Equal("'ManagedIdentity'", settings["Graph__Credential__Kind"]);
        Assert.Equal("portalIdentity.properties.clientId", settings["Graph__Credential__ClientId"]);
        Assert.Contains("Graph__Libraries__0", settings.Keys);
        Assert.Contains("'dotnet MipgTeams.Portal.dll'", Template, StringComparison.Ordinal);
    }

    [Fact]
    public void Both_hosts_use_postgresql_and_sharepoint_and_both_sign_in_to_graph_with_their_managed_identities()
    {
        var bot = Settings("botApp");
        var worker = Settings("syncApp");

        Assert.Equal("'PostgreSql'", bot["Store__Provider"]);
        Assert.Equal("'PostgreSql'", worker["Store__Provider"]);
        Assert.Equal("'Graph'", bot["Sync__Source"]);
        Assert.Equal("'Graph'", worker["Sync__Source"]);
        Assert.Equal("'ManagedIdentity'", worker["Graph__Credential__Kind"]);
        Assert.Equal("syncIdentity.properties.clientId", worker["Graph__Credential__ClientId"]);
        Assert.Equal("'ManagedIdentity'", bot["WriteBack__Credential__Kind"]);
    }

    [Fact]
    public void Every_secret_reaches_the_apps_as_a_key_vault_reference()
    {
        var secrets = Settings("botApp").Concat(Settings("syncApp"))
            .Where(s => !PlatformSettings.Contains(s.Key) && SecretName().IsMatch(s.Key.Split("__")[^1]))
            .ToList();

        Assert.Equal(4, secrets.Count); // Store__ConnectionString twice, the bot's password, the signing key (the write-back uses the managed identity)
        Assert.All(secrets, s => Assert.Matches(@"^('@Microsoft\.KeyVault\(SecretUri=\$\{\w+\.properties\.secretUri\}\)'|secretRef:'[\w-]+')$", s.Value));
        Assert.Contains("keyVaultUrl: storeConnectionSecret.properties.secretUri", Template, StringComparison.Ordinal);
    }

    // Settings of one resource's block: app settings and container env, { name: 'X', value: Y } or { name: 'X', secretRef: 'Y' }
    // (secretRef values come back as "secretRef:'Y'"). A for-expression variable used in the block is read too.
    private static Dictionary<string, string> Settings(string resource)
    {
        var start = Template.IndexOf($"\nresource {resource} ", StringComparison.Ordinal);
        Assert.True(start >= 0, $"resource {resource} not found in main.bicep");
        var end = Template.IndexOf("\nresource ", start + 1, StringComparison.Ordinal);
        var block = Template[start..(end < 0 ? Template.Length : end)];
        foreach (Match variable in ForVariable().Matches(Template))
        {
            if (block.Contains(variable.Groups["name"].Value, StringComparison.Ordinal))
            {
                block += "\n" + variable.Value.Replace("${i}", "0", StringComparison.Ordinal);
            }
        }
        return Setting().Matches(block).ToDictionary(
            m => m.Groups["name"].Value,
            m => m.Groups["kind"].Value == "secretRef" ? "secretRef:" + m.Groups["value"].Value : m.Groups["value"].Value);
    }

    // Null when Section__Property(__Property|__index)* names a settable property of the host's options, and a literal
    // value parses as that property's type; otherwise what is wrong.
    private static string? Problem(string key, string value, string[] sections)
    {
        var parts = key.Split("__");
        if (!sections.Contains(parts[0]) || !Options.TryGetValue(parts[0], out var type))
        {
            return $"{key}: this host binds no section \"{parts[0]}\"";
        }
        foreach (var part in parts.Skip(1))
        {
            if (ElementType(type) is { } element)
            {
                if (!int.TryParse(part, CultureInfo.InvariantCulture, out _))
                {
                    return $"{key}: {type.Name} is a list, \"{part}\" is not an index";
                }
                type = element;
                continue;
            }
            var property = type.GetProperty(part, BindingFlags.Public | BindingFlags.Instance);
            if (property is null || !property.CanWrite)
            {
                return $"{key}: {type.Name} has no settable property \"{part}\"";
            }
            type = property.PropertyType;
        }
        var literal = LiteralValue().Match(value);
        return literal.Success && !Parses(literal.Groups[1].Value, Nullable.GetUnderlyingType(type) ?? type)
            ? $"{key}: {value} is not a {type.Name}"
            : null;
    }

    private static Type? ElementType(Type type) =>
        type.IsArray ? type.GetElementType()
        : type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>) ? type.GetGenericArguments()[0]
        : null;

    private static bool Parses(string text, Type type) =>
        type == typeof(string) ? true
        : type == typeof(bool) ? bool.TryParse(text, out _)
        : type == typeof(int) ? int.TryParse(text, CultureInfo.InvariantCulture, out _)
        : type == typeof(TimeSpan) ? TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out _)
        : type.IsEnum ? Enum.TryParse(type, text, ignoreCase: true, out _)
        : false;

    [GeneratedRegex(@"\{\s*name:\s*'(?<name>[^']+)',\s*(?<kind>value|secretRef):\s*(?<value>[^}\n]*?(?:\}[^}\n]*?)*?)\s*\}\s*(?:\]|$)", RegexOptions.Multiline)]
    private static partial Regex Setting();

    [GeneratedRegex(@"^var (?<name>\w+) = \[for .*\]$", RegexOptions.Multiline)]
    private static partial Regex ForVariable();

    [GeneratedRegex(@"^'([^'$]*)'$")]
    private static partial Regex LiteralValue();

    [GeneratedRegex("(Password|Secret|ConnectionString|SigningKey)$")]
    private static partial Regex SecretName();
}
