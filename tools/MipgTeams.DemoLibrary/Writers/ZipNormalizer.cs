using System.IO.Compression;

namespace MipgTeams.DemoLibrary.Writers;

/// <summary>
/// Office files are zips whose entries carry the time they were written. Rewriting them with one fixed time makes
/// the generator reproducible, so re-running it does not change the committed demo library.
/// </summary>
internal static partial class ZipNormalizer
{
    private static readonly DateTimeOffset FixedTime = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [System.Text.RegularExpressions.GeneratedRegex("Id=\"R[0-9a-f]{16}\"")]
    private static partial System.Text.RegularExpressions.Regex RandomRelationshipId();

    public static byte[] Normalize(byte[] zip)
    {
        using var input = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        var counter = 0;
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                var copy = archive.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = FixedTime;
                using var from = entry.Open();
                using var to = copy.Open();
                if (entry.FullName == "_rels/.rels")
                {
                    // The package-level relationship ids are random GUID-like names that nothing else refers to.
                    using var reader = new StreamReader(from);
                    var xml = RandomRelationshipId().Replace(reader.ReadToEnd(), m => "Id=\"rId" + (++counter).ToString(System.Globalization.CultureInfo.InvariantCulture) + "\"");
                    using var writer = new StreamWriter(to);
                    writer.Write(xml);
                    continue;
                }
                from.CopyTo(to);
            }
        }
        return output.ToArray();
    }
}
