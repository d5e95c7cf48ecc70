using System.Globalization;
using MipgTeams.Domain.Mipg;

namespace MipgTeams.SharePoint.Sync.Lists;

/// <summary>"Políticas MIPG": one row per policy with its dimension and leading office.</summary>
internal sealed class PolicyListMapper : IListMapper
{
    public ContainerKind Kind => ContainerKind.PoliciesList;

    public async Task<string?> UpsertAsync(MipgDbContext db, SourceItem item, Action<string> reportError, CancellationToken cancellationToken)
    {
        if (!int.TryParse(item.Get("Numero"), CultureInfo.InvariantCulture, out var number)
            || !int.TryParse(item.Get("NumeroDimension"), CultureInfo.InvariantCulture, out var dimensionNumber)
            || item.Get("Title") is not { } name)
        {
            reportError($"Políticas MIPG, fila {item.Id}: faltan Numero, NumeroDimension o Title.");
            return null;
        }
        var dimension = await db.Dimensions.FindOrAddAsync(dimensionNumber, () => new MipgDimension { Number = dimensionNumber, Name = $"Dimensión {dimensionNumber}" }, cancellationToken);
        dimension.Name = item.Get("Dimension") ?? dimension.Name;

        var policy = await db.Policies.FindOrAddAsync(number, () => new MipgPolicy { Number = number, Name = name, LeadingOffice = "" }, cancellationToken);
        policy.Name = name;
        policy.DimensionNumber = dimensionNumber;
        policy.LeadingOffice = item.Get("LiderPolitica") ?? "";
        policy.Purpose = item.Get("Proposito");
        return number.ToString(CultureInfo.InvariantCulture);
    }

    public Task RemoveAsync(MipgDbContext db, string key, CancellationToken cancellationToken) =>
        db.Policies.RemoveIfPresentAsync(int.Parse(key, CultureInfo.InvariantCulture), cancellationToken);
}
