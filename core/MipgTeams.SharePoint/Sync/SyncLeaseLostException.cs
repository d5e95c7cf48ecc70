namespace MipgTeams.SharePoint.Sync;

/// <summary>Another run took the store's sync lease while this one was paused past it: this one stops, committing nothing more.</summary>
internal sealed class SyncLeaseLostException()
    : Exception("Otra sincronización tomó el turno mientras esta estaba detenida; esta se detuvo sin guardar más cambios.");
