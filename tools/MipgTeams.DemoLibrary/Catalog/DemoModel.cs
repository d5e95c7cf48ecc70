namespace MipgTeams.DemoLibrary.Catalog;

internal sealed record DemoPerson(string Name, string Email, string ObjectId, string Office);

internal sealed record DemoMacroprocess(string Code, string Name, string Type);

internal sealed record DemoProcess(string Code, string Name, string MacroprocessCode, string Office, DemoPerson Leader, string? ParentCode = null);

/// <summary>A document of the demo library. Format: docx, xlsx or pdf. Body: paragraphs (docx/pdf) or rows "a | b | c" (xlsx).</summary>
internal sealed record DemoDocument(
    string Code,
    string Title,
    string Version,
    string Status,
    DateOnly ApprovedOn,
    string Format,
    IReadOnlyList<string> Body);

internal sealed record DemoPolicy(int Number, string Name, int Dimension, string DimensionName, string LeadingOffice, string Purpose);

internal sealed record DemoSetting(string Key, string Value, string Description);
