using MipgTeams.Domain.Documents;
using MipgTeams.Store;

namespace MipgTeams.Bot.ChangeRequests;

/// <summary>
/// Turns the form's input into request details, checking it against the library and the processes list: the code must
/// name a current document (not an obsolete or removed one), a new document needs a known process, and the domain's
/// own checks (required fields, lengths, https draft link) apply. Errors are Spanish, by field.
/// </summary>
internal static class ChangeRequestInputResolver
{
    public static async Task<(ChangeDetails? Details, IReadOnlyDictionary<string, string> Errors)> ResolveAsync(
        MipgDbContext db, ChangeRequestInput input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        if (!ChangeRequestLabels.TryParseKind(input.Kind, out var kind))
        {
            errors["kind"] = "Elige el tipo de cambio: crear, modificar, actualizar versión o eliminar.";
        }
        string? code = null;
        string? processCode = null;
        var title = input.Title;
        if (!string.IsNullOrWhiteSpace(input.DocumentCode))
        {
            if (!DocumentCode.TryParse(input.DocumentCode, out var parsed, out var codeError))
            {
                errors["documentCode"] = codeError;
            }
            else
            {
                code = parsed.ToString();
                var documents = await db.Documents.AsNoTracking().Where(d => d.Code == code && !d.IsRemoved).ToListAsync(cancellationToken);
                var current = documents.Where(d => d.Status != DocumentStatus.Obsolete).OrderByDescending(d => d.LastModified).FirstOrDefault();
                if (kind == ChangeKind.Create && !errors.ContainsKey("kind"))
                {
                    if (current is not null)
                    {
                        errors["documentCode"] = $"El documento {code} ya existe («{current.Title}»); elige «Modificar» o «Actualizar versión».";
                    }
                    processCode = parsed.ProcessCode;
                }
                else if (current is null)
                {
                    errors["documentCode"] = documents.Count > 0
                        ? $"El documento {code} está obsoleto y no admite cambios. Si se necesita de nuevo, elige «Crear»."
                        : $"No encontré el documento {code} en la biblioteca. Revisa el código, o elige «Crear» si es un documento nuevo.";
                }
                else
                {
                    processCode = current.ProcessCode;
                    title = current.Title;
                }
            }
        }
        if (kind == ChangeKind.Create && !errors.ContainsKey("kind"))
        {
            processCode = string.IsNullOrWhiteSpace(input.ProcessCode) ? processCode : input.ProcessCode.Trim().ToUpperInvariant();
            if (processCode is null)
            {
                errors["processCode"] = "Elige el proceso al que pertenecerá el documento nuevo.";
            }
            else if (!await db.Processes.AsNoTracking().AnyAsync(p => p.Code == processCode, cancellationToken))
            {
                errors["processCode"] = $"El proceso «{(processCode.Length <= 20 ? processCode : processCode[..20] + "…")}» no está en la lista de procesos.";
            }
        }
        foreach (var (field, message) in ChangeDetails.Check(kind, code ?? input.DocumentCode, title, input.Description, input.Reason, input.DraftUrl))
        {
            errors.TryAdd(field, message);
        }
        return errors.Count > 0 || processCode is null
            ? (null, errors)
            : (new ChangeDetails(kind, code, processCode, title, input.Description!, input.Reason!, input.DraftUrl), errors);
    }
}
