namespace MipgTeams.Portal.Pages;

/// <summary>The Spanish page of every error status, with the reason the page or endpoint gave, if any.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Status { get; private set; }

    public string Heading { get; private set; } = "";

    public string Message { get; private set; } = "";

    public void OnGet(int status) => Show(status);

    public void OnPost(int status) => Show(status);

    private void Show(int status)
    {
        Status = status is >= 400 and <= 599 ? status : 500;
        Response.StatusCode = Status;
        (Heading, var fallback) = Status switch
        {
            400 => ("Solicitud no válida", "La dirección tiene un valor que no se puede leer."),
            401 => ("Inicio de sesión requerido", "Los indicadores piden iniciar sesión con la cuenta de la Alcaldía. En el navegador, entra por la página de indicadores (/indicadores); en Power BI, conéctate con «Cuenta de organización»."),
            403 => ("Acceso no permitido", "Los indicadores los ven los miembros activos del Equipo de Calidad y los miembros del Comité Institucional de Gestión y Desempeño. Si debes verlos, pide al equipo de calidad que te incluya."),
            404 => ("Página no encontrada", "La página o el documento que buscas no existe o no está publicado."),
            405 => ("Acción no permitida", "Este sitio solo permite consultar."),
            >= 500 => ("Error del servidor", "Ocurrió un error inesperado. Intenta de nuevo en unos minutos."),
            _ => ("No se pudo atender la solicitud", "Revisa la dirección e intenta de nuevo."),
        };
        Message = HttpContext.Items[ErrorMessage.Key] as string ?? fallback;
    }
}
