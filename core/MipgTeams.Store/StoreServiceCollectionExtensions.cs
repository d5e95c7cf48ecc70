using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MipgTeams.Store;

public static class StoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers the store: <c>IDbContextFactory&lt;MipgDbContext&gt;</c> (use a short-lived context per unit of work)
    /// on SQLite or PostgreSQL as section "Store" says, validated at start-up.
    /// </summary>
    public static IServiceCollection AddStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StoreOptions>().Bind(configuration.GetSection(StoreOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        var options = configuration.GetSection(StoreOptions.Section).Get<StoreOptions>() ?? new StoreOptions();
        return services.AddStore(options);
    }

    public static IServiceCollection AddStore(this IServiceCollection services, StoreOptions options)
    {
        if (options.Provider == "PostgreSql")
        {
            services.AddDbContextFactory<PostgresMipgDbContext>(o => o.UseNpgsql(options.ConnectionString));
            services.AddSingleton<IDbContextFactory<MipgDbContext>>(sp => new ProviderContextFactory<PostgresMipgDbContext>(sp.GetRequiredService<IDbContextFactory<PostgresMipgDbContext>>()));
        }
        else
        {
            services.AddDbContextFactory<SqliteMipgDbContext>(o => o.UseSqlite(options.ConnectionString));
            services.AddSingleton<IDbContextFactory<MipgDbContext>>(sp => new ProviderContextFactory<SqliteMipgDbContext>(sp.GetRequiredService<IDbContextFactory<SqliteMipgDbContext>>()));
        }
        return services;
    }

    private sealed class ProviderContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<MipgDbContext>
        where TContext : MipgDbContext
    {
        public MipgDbContext CreateDbContext() => inner.CreateDbContext();
    }
}
