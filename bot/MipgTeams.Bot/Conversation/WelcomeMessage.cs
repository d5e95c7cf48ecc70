namespace MipgTeams.Bot.Conversation;

/// <summary>What the bot says when it joins a chat, and for "ayuda".</summary>
public static class WelcomeMessage
{
    public const string Text =
        "¡Hola! Soy **MipgTeams**, el asistente del proceso de Calidad de la Alcaldía de Cartagena para el MIPG. Puedo ayudarte a:\n\n" +
        "- **Encontrar documentos**: escribe un código (por ejemplo, GLEGN02-P001) o lo que buscas (\"formato de CDP\", \"plazo para responder una PQRSD\").\n" +
        "- **Consultar el modelo**: quién lidera un proceso o una política MIPG, qué documentos tiene un proceso, qué es el MIPG o el FURAG.\n" +
        "- **Solicitar un cambio** a un documento (escribe \"solicitar cambio\"), y seguirlo con \"mis solicitudes\".\n" +
        "- **Aprobar o validar** solicitudes desde las tarjetas que te envío; \"pendientes\" te muestra lo que espera por ti.\n\n" +
        "Escribe \"ayuda\" cuando quieras ver esto de nuevo.";
}
