using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MipgTeams.Search.Index;
using MipgTeams.TestSupport;

namespace MipgTeams.Portal.Tests.Support;

/// <summary>
/// The real portal (Program) over a store synced from the demo library. In memory for HTTP tests, or on a real
/// Kestrel port on 127.0.0.1 for the browser. The index poll is left out: tests call <see cref="CatchUpAsync"/>.
/// </summary>
public sealed class PortalHost : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> factory;

    private PortalHost(SyncedDemo demo, WebApplicationFactory<Program> factory, bool kestrel)
    {
        Demo = demo;
        this.factory = factory;
        if (kestrel)
        {
            factory.StartServer();
            var addresses = factory.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features
                .Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses;
            BaseAddress = new Uri(addresses.First());
        }
        Client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        BaseAddress ??= Client.BaseAddress!;
    }

    public SyncedDemo Demo { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => factory.Services;

    /// <summary>The address the browser opens (Kestrel hosts only).</summary>
    public Uri BaseAddress { get; }

    /// <param name="kestrel">On a real port for the browser, instead of in memory.</param>
    /// <param name="environment">The host environment: the development sign-in needs Development.</param>
    /// <param name="extra">More settings (Portal:Auth:Mode, AzureAd…).</param>
    /// <param name="services">Changes to the host's services after the portal's own.</param>
    public static async Task<PortalHost> StartAsync(bool kestrel = false, string environment = "Testing",
        IReadOnlyDictionary<string, string?>? extra = null, Action<IServiceCollection>? services = null)
    {
        var demo = await SyncedDemo.CreateAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Store:Provider"] = demo.Store.Options.Provider,
            ["Store:ConnectionString"] = demo.Store.Options.ConnectionString,
            ["Folder:Root"] = demo.Folder,
            ["Search:IndexPath"] = Path.Combine(demo.Folder, "portal-index"),
        };
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment(environment);
            // A free port on loopback, whatever appsettings.json says (the one start.sh uses may be taken).
            web.UseSetting(WebHostDefaults.ServerUrlsKey, "http://127.0.0.1:0");
            web.ConfigureAppConfiguration(c => c.AddInMemoryCollection(settings));
            // Read while the services are registered (the sign-in mode), so given as host settings, which are there by then.
            foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
            {
                web.UseSetting(key, value);
            }
            web.ConfigureServices(s =>
            {
                foreach (var hosted in s.Where(d => d.ServiceType == typeof(Microsoft.Extensions.Hosting.IHostedService)
                    && d.ImplementationType?.Name is "IndexUpdaterService").ToList())
                {
                    s.Remove(hosted);
                }
                services?.Invoke(s);
            });
        });
        if (kestrel)
        {
            factory.UseKestrel();
        }
        return new PortalHost(demo, factory, kestrel);
    }

    /// <summary>A client of its own (its own cookies: its own sign-in), not following redirects.</summary>
    public HttpClient NewClient() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Brings the portal's index and catalog up to date with the store (what the background poll does).</summary>
    public Task CatchUpAsync() => Services.GetRequiredService<IndexUpdater>().CatchUpAsync();

    public async Task<string> GetHtmlAsync(string path)
    {
        var response = await Client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await factory.DisposeAsync();
        await Demo.DisposeAsync();
    }
}
