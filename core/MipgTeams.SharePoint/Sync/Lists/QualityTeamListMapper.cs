using Microsoft.EntityFrameworkCore;
using MipgTeams.Domain.People;
using MipgTeams.Domain.Settings;

namespace MipgTeams.SharePoint.Sync.Lists;

/// <summary>"Equipo de Calidad": one row per member, keyed by e-mail.</summary>
internal sealed class QualityTeamListMapper : IListMapper
{
    public ContainerKind Kind => ContainerKind.QualityTeamList;

    public async Task<string?> UpsertAsync(MipgDbContext db, SourceItem item, Action<string> reportError, CancellationToken cancellationToken)
    {
        var email = item.Get("Correo")?.ToLowerInvariant();
        var name = item.Get("Title");
        if (email is null || name is null)
        {
            reportError($"Equipo de Calidad, fila {item.Id}: faltan Title o Correo.");
            return null;
        }
        var member = await Find(db, email, cancellationToken);
        var person = new Person(name, email, item.Get("ObjectId"));
        if (member is null)
        {
            member = new QualityTeamMember { Person = person };
            db.QualityTeam.Add(member);
        }
        member.Person = person;
        member.IsCoordinator = item.GetBool("Coordinador", fallback: false);
        member.IsActive = item.GetBool("Activo", fallback: true);
        return email;
    }

    public async Task RemoveAsync(MipgDbContext db, string key, CancellationToken cancellationToken)
    {
        var member = await Find(db, key, cancellationToken);
        if (member is not null)
        {
            db.QualityTeam.Remove(member);
        }
    }

    private static async Task<QualityTeamMember?> Find(MipgDbContext db, string email, CancellationToken cancellationToken) =>
        db.QualityTeam.Local.FirstOrDefault(m => m.Person.Email == email)
        ?? await db.QualityTeam.FirstOrDefaultAsync(m => m.Person.Email == email, cancellationToken);
}
