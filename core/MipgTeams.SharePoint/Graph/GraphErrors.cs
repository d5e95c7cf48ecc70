using System.Net;
using Azure.Identity;
using Microsoft.Kiota.Abstractions;

namespace MipgTeams.SharePoint.Graph;

/// <summary>Graph failures as the sync understands them; messages say what happened plainly and never carry a token.</summary>
internal static class GraphErrors
{
    public static int? Status(Exception e) => e is ApiException api ? api.ResponseStatusCode : null;

    public static bool IsStatus(Exception e, HttpStatusCode status) => Status(e) == (int)status;

    /// <summary>Throws <see cref="SourceAccessDeniedException"/> when the credential was refused; returns otherwise.</summary>
    public static void ThrowIfAccessDenied(Exception e, string what)
    {
        switch (e)
        {
            case ApiException { ResponseStatusCode: 401 }:
                throw new SourceAccessDeniedException($"Graph respondió 401 al leer {what}: la credencial venció, fue revocada o no es válida.", e);
            case ApiException { ResponseStatusCode: 403 }:
                throw new SourceAccessDeniedException($"Graph respondió 403 al leer {what}: la aplicación no tiene permiso sobre el sitio (Sites.Selected o Sites.Read.All).", e);
            case AuthenticationFailedException or CredentialUnavailableException:
                throw new SourceAccessDeniedException($"No se obtuvo un token de Entra ID para Graph al leer {what}: {e.Message}", e);
        }
    }
}
