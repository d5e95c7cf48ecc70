namespace MipgTeams.TestSupport;

/// <summary>Finds files of the repository from a test's output folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Demo => Path.Combine(Root, "demo");

    /// <summary>A private copy of the demo library that a test may change freely.</summary>
    public static string CopyDemo()
    {
        var target = Directory.CreateTempSubdirectory("mipg-demo-").FullName;
        foreach (var file in Directory.EnumerateFiles(Demo, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(Demo, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
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
