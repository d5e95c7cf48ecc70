namespace MipgTeams.TestSupport;

/// <summary>Finds files of the repository from a test's output folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Demo => Path.Combine(Root, "demo");

    /// <summary>A private copy of the demo library that a test may change freely.</summary>
    public static string CopyDemo() => CopyToTemp(Demo, "mipg-demo-");

    /// <summary>A copy of a folder in a new temp folder, files' write times kept (the sync reads them).</summary>
    public static string CopyToTemp(string source, string prefix)
    {
        var target = Directory.CreateTempSubdirectory(prefix).FullName;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
            File.SetLastWriteTimeUtc(destination, File.GetLastWriteTimeUtc(file));
        }
        return target;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MipgTeams.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("MipgTeams.sln not found above the test output folder.");
    }
}
