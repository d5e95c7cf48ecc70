namespace MipgTeams.Store.Outbox;

public enum OutboxStatus
{
    Pending,
    Delivered,
    Failed,
}
