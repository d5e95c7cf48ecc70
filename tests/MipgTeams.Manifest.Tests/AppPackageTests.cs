using System.IO.Compression;
using System.Text.Json.Nodes;
using MipgTeams.TestSupport;

namespace MipgTeams.Manifest.Tests;

/// <summary>The package command on real inputs: the official schema (bundled, offline), the icons, and bad input.</summary>
public sealed class AppPackageTests : IDisposable
{
    private readonly string work = Directory.CreateTempSubdirectory("mipg-package-").FullName;

    private static string Manifest => Path.Combine(RepoPaths.Root, "manifest");

    private string Zip => Path.Combine(work, "mipgteams.zip");

    private Dictionary<string, string?> Values(string? icons = null, string? template = null) => new()
    {
        ["TEAMS_APP_ID"] = "6f1b7a0e-1111-4222-8333-944455556666",
        ["BOT_ID"] = "11111111-2222-3333-4444-555555555555",
        ["BOT_DOMAIN"] = "mipgteams-bot.azurewebsites.net",
        ["PORTAL_DOMAIN"] = "mipgteams-portal.azurewebsites.net",
        ["APP_VERSION"] = "1.2.0",
        ["MANIFEST_OUT"] = Zip,
        ["MANIFEST_ICONS_DIR"] = icons,
        ["MANIFEST_TEMPLATE"] = template,
    };

    private static ToolResult Build(Dictionary<string, string?> values) => Tool.Run("bash", [Path.Combine(Manifest, "build-package.sh")], values);

    // The manifest.json of a package built from the sample values.
    private JsonNode BuiltManifest()
    {
        Assert.Equal(0, Build(Values()).ExitCode);
        using var zip = ZipFile.OpenRead(Zip);
        using var reader = new StreamReader(zip.GetEntry("manifest.json")!.Open());
        return JsonNode.Parse(reader.ReadToEnd())!;
    }

    [Fact]
    public void The_package_holds_exactly_the_manifest_and_both_icons_at_its_root()
    {
        var result = Build(Values());

        Assert.True(result.ExitCode == 0, result.All);
        using var zip = ZipFile.OpenRead(Zip);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
    }

    [Fact]
    public void The_manifest_is_filled_in_and_declares_the_bot_in_every_scope_with_spanish_commands()
    {
        var manifest = BuiltManifest();

        Assert.DoesNotContain("${{", manifest.ToJsonString(), StringComparison.Ordinal);
        Assert.True(Version.Parse(manifest["manifestVersion"]!.GetValue<string>()) >= new Version(1, 22));
        Assert.Equal("1.2.0", manifest["version"]!.GetValue<string>());
        Assert.Equal("6f1b7a0e-1111-4222-8333-944455556666", manifest["id"]!.GetValue<string>());
        var bot = manifest["bots"]![0]!;
        Assert.Equal("11111111-2222-3333-4444-555555555555", bot["botId"]!.GetValue<string>());
        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        var commands = bot["commandLists"]![0]!["commands"]!.AsArray().Select(c => c!["title"]!.GetValue<string>());
        Assert.Equal(["preguntar", "solicitar cambio", "mis solicitudes", "pendientes", "ayuda"], commands);
        Assert.Contains("mipgteams-bot.azurewebsites.net", manifest["validDomains"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Contains("Calidad", manifest["description"]!["short"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_icons_have_the_sizes_teams_requires_and_the_outline_is_transparent()
    {
        var color = Png.Read(Path.Combine(Manifest, "color.png"));
        var outline = Png.Read(Path.Combine(Manifest, "outline.png"));
        Assert.Equal((192, 192), (color.Width, color.Height));
        Assert.Equal((32, 32), (outline.Width, outline.Height));
        Assert.Equal(6, outline.ColorType); // RGBA
        Assert.True(outline.CornerIsTransparent);
    }

    [Fact]
    public void A_manifest_that_breaks_the_official_schema_fails_naming_the_field()
    {
        var template = Template(m => m["name"]!["short"] = "MipgTeams, el asistente de Calidad y del MIPG"); // over 30 characters

        var result = Build(Values(template: template));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("/name/short", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Zip));
    }

    [Fact]
    public void A_schema_that_does_not_match_the_manifest_version_is_refused()
    {
        var template = Template(m => m["manifestVersion"] = "1.22");

        var result = Build(Values(template: template));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("manifestVersion", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_indicators_open_as_a_personal_tab_next_to_the_bot_chat()
    {
        var manifest = BuiltManifest();

        var tabs = manifest["staticTabs"]!.AsArray();
        Assert.Equal(["conversations", "indicadores"], tabs.Select(t => t!["entityId"]!.GetValue<string>()));
        var indicators = tabs[1]!;
        Assert.Equal("Indicadores", indicators["name"]!.GetValue<string>());
        // The tab opens on its sign-in page: Microsoft's sign-in cannot be shown inside the tab's frame.
        Assert.Equal("https://mipgteams-portal.azurewebsites.net/indicadores/teams", indicators["contentUrl"]!.GetValue<string>());
        Assert.Equal("https://mipgteams-portal.azurewebsites.net/indicadores", indicators["websiteUrl"]!.GetValue<string>());
        Assert.Equal(["personal"], indicators["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Contains("mipgteams-portal.azurewebsites.net", manifest["validDomains"]!.AsArray().Select(d => d!.GetValue<string>()));
    }

    [Theory]
    [InlineData("PORTAL_DOMAIN", "https://mipgteams-portal.azurewebsites.net/")] // a domain, not a URL
    [InlineData("BOT_ID", "mi-bot")] // not a GUID
    public void A_value_of_the_wrong_form_is_refused_naming_it(string name, string value)
    {
        var values = Values();
        values[name] = value;

        var result = Build(values);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(name, result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PORTAL_DOMAIN")]
    [InlineData("BOT_DOMAIN")]
    [InlineData("TEAMS_APP_ID")]
    [InlineData("BOT_ID")]
    public void A_missing_placeholder_value_fails_with_a_message_that_names_it(string name)
    {
        var values = Values();
        values[name] = null;

        var result = Build(values);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(name, result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Zip));
    }

    [Fact]
    public void A_placeholder_added_to_the_template_without_a_value_is_named()
    {
        var template = Template(m => m["developer"]!["websiteUrl"] = "${{SITIO_WEB_2}}");

        var result = Build(Values(template: template));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("SITIO_WEB_2", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_color_icon_of_the_wrong_size_fails_with_a_message_that_names_it()
    {
        var icons = Icons(color: File.ReadAllBytes(Path.Combine(Manifest, "outline.png"))); // 32×32 where 192×192 belongs

        var result = Build(Values(icons));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("color.png", result.Error, StringComparison.Ordinal);
        Assert.Contains("192×192", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Zip));
    }

    [Theory]
    [InlineData("of the wrong size (64×64)", "32×32")]
    [InlineData("without a transparent background", "transparente")]
    [InlineData("that is not white", "blanco")]
    public void A_bad_outline_icon_fails_with_a_message_that_names_it_and_the_rule(string problem, string rule)
    {
        var outline = problem switch
        {
            "of the wrong size (64×64)" => Png.Rgba(64, (x, y) => x == y ? ((byte)255, (byte)255, (byte)255, (byte)255) : default),
            "without a transparent background" => Png.Opaque(32),
            _ => Png.Rgba(32, (x, y) => x is > 8 and < 24 && y is > 8 and < 24 ? ((byte)0, (byte)83, (byte)155, (byte)255) : default),
        };

        var result = Build(Values(Icons(outline: outline)));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("outline.png", result.Error, StringComparison.Ordinal);
        Assert.Contains(rule, result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(work, recursive: true);

    // A copy of the real template with one change, for the bad-input cases.
    private string Template(Action<JsonNode> change)
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(Manifest, "manifest.template.json")))!;
        change(manifest);
        var path = Path.Combine(work, "manifest.template.json");
        File.WriteAllText(path, manifest.ToJsonString());
        return path;
    }

    // The real icons, with the one given replaced.
    private string Icons(byte[]? color = null, byte[]? outline = null)
    {
        var icons = Directory.CreateDirectory(Path.Combine(work, "icons")).FullName;
        File.WriteAllBytes(Path.Combine(icons, "color.png"), color ?? File.ReadAllBytes(Path.Combine(Manifest, "color.png")));
        File.WriteAllBytes(Path.Combine(icons, "outline.png"), outline ?? File.ReadAllBytes(Path.Combine(Manifest, "outline.png")));
        return icons;
    }
}
