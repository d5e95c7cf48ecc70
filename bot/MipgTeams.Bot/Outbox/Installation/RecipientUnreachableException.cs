namespace MipgTeams.Bot.Outbox.Installation;

/// <summary>A person the bot cannot write to yet: the message waits instead of failing (<see cref="Unreachability"/>).</summary>
internal sealed class RecipientUnreachableException(Unreachability reason, string detail, Exception? inner = null)
    : Exception(detail, inner)
{
    public Unreachability Reason { get; } = reason;

    /// <summary>What the quality coordinator is told (Spanish).</summary>
    public string Explanation => Reason switch
    {
        Unreachability.InstallRefused =>
            "Teams no permitió instalar la aplicación para esa persona: falta el consentimiento del administrador para el permiso TeamsAppInstallation.ReadWriteSelfForUser.All, o la aplicación está bloqueada para ella",
        Unreachability.ChatRefused =>
            "Teams no dejó abrir el chat con esa persona (puede no tener licencia de Teams o no existir en el directorio)",
        _ => "esa persona nunca ha abierto el chat con el bot y la instalación automática de la aplicación no está configurada (TeamsApp:CatalogAppId)",
    };
}
