using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MipgTeams.Search.Analysis;
using MipgTeams.Search.Answers;
using MipgTeams.Search.Index;

namespace MipgTeams.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>
    /// This instance's search (section "Search"): the Lucene index on local disk, kept current from the store by a
    /// background poll, and the answer engine over it.
    /// </summary>
    public static IServiceCollection AddSearch(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SearchOptions>().Bind(configuration.GetSection(SearchOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new SpanishSearchAnalyzer(LoadSynonyms(sp.GetRequiredService<IOptions<SearchOptions>>().Value.SynonymsPath)));
        services.AddSingleton(sp => new SearchIndex(sp.GetRequiredService<IOptions<SearchOptions>>().Value.IndexPath, sp.GetRequiredService<SpanishSearchAnalyzer>()));
        services.AddSingleton<ModelCatalog>();
        services.AddSingleton<IndexUpdater>();
        services.AddSingleton<AnswerEngine>();
        services.AddHostedService<IndexUpdaterService>();
        return services;
    }

    /// <summary>The synonyms shipped beside the program, or the admins' own file.</summary>
    public static Lucene.Net.Analysis.Synonym.SynonymMap LoadSynonyms(string? path)
    {
        var file = string.IsNullOrWhiteSpace(path) ? Path.Combine(AppContext.BaseDirectory, "Analysis", "sinonimos.txt") : path;
        if (!File.Exists(file))
        {
            throw new OptionsValidationException(SearchOptions.Section, typeof(SearchOptions), [$"Search:SynonymsPath: the file '{file}' does not exist."]);
        }
        using var reader = File.OpenText(file);
        return SpanishSearchAnalyzer.LoadSynonyms(reader);
    }
}
