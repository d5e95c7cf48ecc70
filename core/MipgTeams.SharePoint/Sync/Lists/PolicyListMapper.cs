using System.Globalization;
using MipgTeams.Domain.Mipg;
using MipgTeams.SharePoint.Source;
using MipgTeams.Store;

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
        var dimension = await db.Dimensions.FindAsync([dimensionNumber], cancellationToken);
        if (dimension is null)
        {
            dimension = new MipgDimension { Number = dimensionNumber, Name = item.Get("Dimension") ?? $"Dimensión {dimensionNumber}" };
            db.Dimensions.Add(dimension);
        }
        dimension.Name = item.Get("Dimension") ?? dimension.Name;

        var policy = await db.Policies.FindAsync([number], cancellationToken);
        if (policy is null)
        {
            policy = new MipgPolicy { Number = number, Name = name, LeadingOffice = "" };
            db.Policies.Add(policy);
        }
        policy.Name = name;
        policy.DimensionNumber = dimensionNumber;
        policy.LeadingOffice = item.Get("LiderPolitica") ?? "";
        policy.Purpose = item.Get("Proposito");
        return number.ToString(CultureInfo.InvariantCulture);
    }

    public async Task RemoveAsync(MipgDbContext db, string key, CancellationToken cancellationToken)
    {
        var policy = await db.Policies.FindAsync([int.Parse(key, CultureInfo.InvariantCulture)], cancellationToken);
        if (policy is not null)
        {
            db.Policies.Remove(policy);
        }
    }
}
