using System.Linq.Expressions;
using MipgTeams.Domain.People;

namespace MipgTeams.Store.Configuration;

/// <summary>
/// The mappings every entity configuration repeats: text columns come in a few sizes (codes 32, Entra ids 64, names
/// 200–300, paths 1000, URLs 2000), and a <see cref="Person"/> is always stored as the same three columns.
/// </summary>
internal static class ColumnMapping
{
    /// <summary>Gives each of <paramref name="properties"/> the same maximum length.</summary>
    public static EntityTypeBuilder<TEntity> HasMaxLength<TEntity>(
        this EntityTypeBuilder<TEntity> builder, int maxLength, params Expression<Func<TEntity, string?>>[] properties)
        where TEntity : class
    {
        foreach (var property in properties)
        {
            builder.Property(property).HasMaxLength(maxLength);
        }
        return builder;
    }

    /// <summary>Stores <paramref name="person"/> inline as {prefix}Name, {prefix}Email and {prefix}ObjectId.</summary>
    public static EntityTypeBuilder<TEntity> OwnsPerson<TEntity>(
        this EntityTypeBuilder<TEntity> builder, Expression<Func<TEntity, Person?>> person, string columnPrefix = "")
        where TEntity : class => builder.OwnsOne(person, owned =>
        {
            owned.Property(p => p.DisplayName).HasColumnName($"{columnPrefix}Name").HasMaxLength(200);
            owned.Property(p => p.Email).HasColumnName($"{columnPrefix}Email").HasMaxLength(320);
            owned.Property(p => p.EntraObjectId).HasColumnName($"{columnPrefix}ObjectId").HasMaxLength(64);
        });
}
