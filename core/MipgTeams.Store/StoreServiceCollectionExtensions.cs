using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MipgTeams.Store;

public static class StoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers the store: <c>IDbContextFactory&lt;MipgDbContext&gt;</c> (use a short-lived context per unit of work)
    /// on SQLite or PostgreSQL as section "Store" says, validated at start-up. Settings are read when the store is first
    /// used, so configuration added after this call (tests, hosting) still applies.
    /// </summary>
    public static IServiceCollection AddStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StoreOptions>().Bind(configuration.GetSection(StoreOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        return services.AddStoreContexts();
    }

    /// <summary>Registers the store with fixed settings (tools, tests).</summary>
    public static IServiceCollection AddStore(this IServiceCollection services, StoreOptions options)
    {
        services.AddSingleton(Options.Create(options));
        return services.AddStoreContexts();
    }

    private static IServiceCollection AddStoreContexts(this IServiceCollection services)
    {
        services.AddDbContextFactory<SqliteMipgDbContext>((sp, o) => o.UseSqlite(Settings(sp).ConnectionString));
        services.AddDbContextFactory<PostgresMipgDbContext>((sp, o) => o.UseNpgsql(Settings(sp).ConnectionString));
        services.AddSingleton<IDbContextFactory<MipgDbContext>>(sp => Settings(sp).Provider == "PostgreSql"
            ? new ProviderContextFactory<PostgresMipgDbContext>(sp.GetRequiredService<IDbContextFactory<PostgresMipgDbContext>>())
            : new ProviderContextFactory<SqliteMipgDbContext>(sp.GetRequiredService<IDbContextFactory<SqliteMipgDbContext>>()));
        return services;
    }

    private static StoreOptions Settings(IServiceProvider services) => services.GetRequiredService<IOptions<StoreOptions>>().Value;

    private sealed class ProviderContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<MipgDbContext>
        where TContext : MipgDbContext
    {
        public MipgDbContext CreateDbContext() => inner.CreateDbContext();
    }
}
