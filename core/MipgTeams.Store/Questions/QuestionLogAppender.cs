using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace MipgTeams.Store.Questions;

/// <summary>
/// Appends asked questions with one prepared single-row INSERT executed per question in one transaction, each value
/// converted by the model's own type mapping (so it is stored exactly as EF stores it, on either provider), without change
/// tracking. Under load the bot records thousands of questions a second, and EF's per-entity bookkeeping was most of what
/// writing them cost. (One statement of many rows was slower still on SQLite: it looks each of its thousands of
/// parameters up by name.)
/// </summary>
public static class QuestionLogAppender
{
    public static async Task AppendQuestionsAsync(this MipgDbContext db, IReadOnlyList<QuestionLog> questions, CancellationToken cancellationToken)
    {
        if (questions.Count == 0)
        {
            return;
        }
        var entity = db.Model.FindEntityType(typeof(QuestionLog))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties().Select(p => (Property: p, Mapping: p.GetRelationalTypeMapping(), Getter: p.GetGetter())).ToList();
        var sql = db.GetService<ISqlGenerationHelper>();
        var placeholders = columns.Select((_, i) => sql.GenerateParameterNamePlaceholder("p" + i));
        var parameterNames = columns.Select((_, i) => sql.GenerateParameterName("p" + i)).ToList();

        await db.Database.OpenConnectionAsync(cancellationToken);
        // Inside the caller's transaction when there is one (its rollback takes the rows too), else in one of its own.
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
            command.CommandText = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} " +
                $"({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Property.GetColumnName(table)!)))}) " +
                $"VALUES ({string.Join(", ", placeholders)})";
            foreach (var question in questions)
            {
                command.Parameters.Clear();
                for (var i = 0; i < columns.Count; i++)
                {
                    command.Parameters.Add(columns[i].Mapping.CreateParameter(command, parameterNames[i], columns[i].Getter.GetClrValue(question)));
                }
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
            await db.Database.CloseConnectionAsync();
        }
    }
}
