using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using MipgTeams.SharePoint.Folder;

namespace MipgTeams.Bot.Hosting;

internal static class FolderLibraryEndpoint
{
    /// <summary>
    /// With the embedded folder library there is no SharePoint to open files in, so the bot serves them read-only at
    /// /biblioteca, the address the folder sync gives documents (Folder:PublicBaseUrl).
    /// </summary>
    public static WebApplication MapFolderLibrary(this WebApplication app)
    {
        var root = app.Configuration[$"{FolderSourceOptions.Section}:Root"] ?? new FolderSourceOptions().Root;
        var library = Path.GetFullPath(Path.Combine(root, "library"));
        if ((app.Configuration["Sync:Source"] ?? "Folder") == "Folder" && Directory.Exists(library))
        {
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = new PhysicalFileProvider(library),
                RequestPath = "/biblioteca",
                ServeUnknownFileTypes = false,
            });
        }
        return app;
    }
}
