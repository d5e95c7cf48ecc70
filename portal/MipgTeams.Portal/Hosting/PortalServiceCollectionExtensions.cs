using Microsoft.AspNetCore.Localization;
using MipgTeams.Portal.Catalog;
using MipgTeams.Portal.Changes;
using MipgTeams.Portal.Content;
using MipgTeams.Search;
using MipgTeams.SharePoint;

namespace MipgTeams.Portal.Hosting;

internal static class PortalServiceCollectionExtensions
{
    /// <summary>
    /// The public portal: Razor Pages over the search engine's catalog (this instance's own index, kept current from the
    /// store like the bot's), the published changes read from the store, and the library's files through the source port.
    /// </summary>
    public static IServiceCollection AddPortal(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSearch(configuration);
        // Only the source's OpenContentAsync is used (downloads); the sync it also registers is never started here.
        services.AddSharePointSync(configuration);
        services.AddSingleton<PublicCatalog>();
        services.AddSingleton<PublishedChanges>();
        services.AddSingleton<AnswerCache>();
        services.AddSingleton<IDocumentContent, SourceDocumentContent>();
        services.AddRazorPages();
        // Spanish text as it is (á, ñ, «») instead of numeric entities: readable source, smaller pages.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("es-CO");
            o.SupportedCultures = [new System.Globalization.CultureInfo("es-CO")];
            o.SupportedUICultures = o.SupportedCultures;
            o.RequestCultureProviders.Clear(); // one language: es-CO
        });
        return services;
    }
}
