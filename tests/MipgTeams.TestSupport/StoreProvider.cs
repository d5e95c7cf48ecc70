namespace MipgTeams.TestSupport;

public enum StoreProvider
{
    Sqlite,
    PostgreSql,
}
