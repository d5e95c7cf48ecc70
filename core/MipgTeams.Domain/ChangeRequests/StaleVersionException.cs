namespace MipgTeams.Domain.ChangeRequests;

/// <summary>The decision was made on an older version of the request: someone else (or a double click) decided first.</summary>
public sealed class StaleVersionException(int expected, int actual)
    : ChangeRequestException("Esta solicitud ya cambió desde que se envió la tarjeta; no se aplicó otra decisión.")
{
    public int Expected { get; } = expected;
    public int Actual { get; } = actual;
}
