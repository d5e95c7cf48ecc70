using System.Text.Encodings.Web;
using System.Text.Json;
using MipgTeams.DemoLibrary.Catalog;
using MipgTeams.DemoLibrary.Writers;

namespace MipgTeams.DemoLibrary;

internal sealed record GenerationSummary(int Documents, int Processes, int Macroprocesses, int Lists);

/// <summary>
/// Lays out the demo like a SharePoint document library (macroproceso/proceso/file) with a sidecar of column values
/// (library/_columnas.json), and the admin lists as JSON files that mirror SharePoint list items (lists/*.json).
/// </summary>
internal static class DemoLibraryGenerator
{
    public const string ColumnsFile = "_columnas.json";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static GenerationSummary Generate(string output) => Generate(output, LibrarySpec.Demo);

    public static GenerationSummary Generate(string output, LibrarySpec spec)
    {
        var library = Path.Combine(output, "library");
        var lists = Path.Combine(output, "lists");
        if (Directory.Exists(library))
        {
            Directory.Delete(library, recursive: true);
        }
        Directory.CreateDirectory(library);
        Directory.CreateDirectory(lists);

        var columns = new SortedDictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        var count = 0;
        foreach (var (processCode, documents) in spec.DocumentsByProcess)
        {
            var process = spec.Processes.Single(p => p.Code == processCode);
            var macro = spec.Macroprocesses.Single(m => m.Code == process.MacroprocessCode);
            foreach (var document in documents)
            {
                var relative = RelativePath(macro, process, document);
                var full = Path.Combine(library, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllBytes(full, Render(document, process));
                if (!spec.WithoutColumns.Contains(processCode))
                {
                    columns[relative.Replace('\\', '/')] = Columns(document, process, macro);
                }
                count++;
            }
        }

        File.WriteAllText(Path.Combine(library, ColumnsFile), JsonSerializer.Serialize(columns, Json));
        DemoLists.Write(lists, Json, spec);
        if (!spec.WithCorruptFile)
        {
            return new GenerationSummary(count, spec.DocumentsByProcess.Count, MacroprocessCount(spec), DemoLists.Count);
        }

        // One deliberately unreadable file: the sync must record an error for it and go on with the rest.
        var corrupt = Path.Combine(library, "Gestión de la Información", "Gestión Documental", "GINFD01-G002 Guía de Digitalización.pdf");
        File.WriteAllText(corrupt, "%PDF-1.4 este archivo está dañado y no se puede leer");
        columns["Gestión de la Información/Gestión Documental/GINFD01-G002 Guía de Digitalización.pdf"] = new()
        {
            ["Codigo"] = "GINFD01-G002", ["Version"] = "1.0", ["Estado"] = "Vigente", ["Proceso"] = "GINFD01",
        };

        File.WriteAllText(Path.Combine(library, ColumnsFile), JsonSerializer.Serialize(columns, Json));
        return new GenerationSummary(count + 1, spec.DocumentsByProcess.Count, MacroprocessCount(spec), DemoLists.Count);
    }

    private static int MacroprocessCount(LibrarySpec spec) =>
        spec.DocumentsByProcess.Keys.Select(code => spec.Processes.Single(p => p.Code == code).MacroprocessCode).Distinct().Count();

    private static string RelativePath(DemoMacroprocess macro, DemoProcess process, DemoDocument document)
    {
        var name = document.Status == "Obsoleto"
            ? Path.Combine("Obsoletos", $"{document.Code} v{document.Version} {document.Title}")
            : $"{document.Code} {document.Title}";
        return Path.Combine(macro.Name, process.Name, $"{name}.{document.Format}");
    }

    private static byte[] Render(DemoDocument document, DemoProcess process) => document.Format switch
    {
        "docx" => DocxWriter.Write(document, process),
        "xlsx" => XlsxWriter.Write(document),
        "pdf" => PdfWriter.Write(document, process),
        _ => throw new InvalidOperationException($"Unknown format {document.Format}"),
    };

    // Internal column names as SharePoint gives them through Graph (listItem fields): no spaces or accents.
    private static Dictionary<string, string> Columns(DemoDocument document, DemoProcess process, DemoMacroprocess macro) => new()
    {
        ["Codigo"] = document.Code,
        ["TipoDocumental"] = TypeName(document.Code),
        ["Version"] = document.Version,
        ["Estado"] = document.Status,
        ["Proceso"] = process.Code,
        ["Macroproceso"] = macro.Code,
        ["FechaAprobacion"] = document.ApprovedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };

    private static string TypeName(string code) => code[code.IndexOf('-', StringComparison.Ordinal) + 1] switch
    {
        'C' => "Caracterización",
        'P' => "Procedimiento",
        'F' => "Formato",
        'G' => "Guía",
        'M' => "Manual",
        _ => "Instructivo",
    };
}
