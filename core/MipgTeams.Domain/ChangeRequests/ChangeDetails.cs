namespace MipgTeams.Domain.ChangeRequests;

/// <summary>
/// What a requester asks for: the document (its code; none when a new document is to be created, then its process and
/// title), the kind, what changes, why, and optionally a link to the draft. Checked here for what needs no store.
/// </summary>
public sealed record ChangeDetails(
    ChangeKind Kind, string? DocumentCode, string ProcessCode, string? Title, string Description, string Reason, string? DraftUrl)
{
    public const int MaxTitle = 200;
    public const int MaxDescription = 2000;
    public const int MaxReason = 1000;
    public const int MaxDraftUrl = 500;

    /// <summary>Field errors in Spanish, by field name (the card's input ids); empty when the details are complete.</summary>
    public static IReadOnlyDictionary<string, string> Check(ChangeKind kind, string? documentCode, string? title, string? description, string? reason, string? draftUrl)
    {
        var errors = new Dictionary<string, string>();
        if (kind != ChangeKind.Create && string.IsNullOrWhiteSpace(documentCode))
        {
            errors["documentCode"] = "Indica el código del documento (por ejemplo, GLEGN02-P001).";
        }
        if (kind == ChangeKind.Create && string.IsNullOrWhiteSpace(title))
        {
            errors["title"] = "Indica el nombre del documento nuevo.";
        }
        CheckLength(errors, "title", title, MaxTitle, "El nombre del documento es demasiado largo");
        CheckRequired(errors, "description", description, MaxDescription, "Describe qué cambia", "La descripción del cambio es demasiado larga");
        CheckRequired(errors, "reason", reason, MaxReason, "Explica por qué se necesita el cambio", "La justificación es demasiado larga");
        if (!string.IsNullOrWhiteSpace(draftUrl))
        {
            if (draftUrl.Trim().Length > MaxDraftUrl)
            {
                errors["draftUrl"] = $"El enlace al borrador es demasiado largo (máximo {MaxDraftUrl} caracteres).";
            }
            else if (!IsDraftInLibrary(draftUrl) && (!Uri.TryCreate(draftUrl.Trim(), UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps))
            {
                errors["draftUrl"] = $"El enlace al borrador debe ser una dirección https (el borrador en SharePoint) o un archivo de la carpeta {Publishing.PublicationPaths.DraftsFolder}/ de la biblioteca.";
            }
        }
        return errors;
    }

    /// <summary>A draft of the folder library: a path under its Borradores/ folder, never outside it.</summary>
    public static bool IsDraftInLibrary(string? reference) =>
        reference is not null
        && reference.Trim().StartsWith(Publishing.PublicationPaths.DraftsFolder + "/", StringComparison.OrdinalIgnoreCase)
        && !reference.Replace('\\', '/').Split('/').Any(part => part is ".." or ".");

    private static void CheckRequired(Dictionary<string, string> errors, string field, string? value, int max, string missing, string tooLong)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[field] = missing + ".";
            return;
        }
        CheckLength(errors, field, value, max, tooLong);
    }

    private static void CheckLength(Dictionary<string, string> errors, string field, string? value, int max, string tooLong)
    {
        if (value is not null && value.Trim().Length > max)
        {
            errors.TryAdd(field, $"{tooLong}: {value.Trim().Length} caracteres, máximo {max}.");
        }
    }
}
