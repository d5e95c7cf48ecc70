using MipgTeams.Domain.ChangeRequests;

namespace MipgTeams.Indicators.Queries;

/// <summary>Published changes by what they did to the document.</summary>
public sealed record KindCounts(int Created, int Modified, int NewVersion, int Removed)
{
    public static readonly KindCounts None = new(0, 0, 0, 0);

    public int Total => Created + Modified + NewVersion + Removed;

    public KindCounts Add(ChangeKind kind, int count) => kind switch
    {
        ChangeKind.Create => this with { Created = Created + count },
        ChangeKind.Modify => this with { Modified = Modified + count },
        ChangeKind.NewVersion => this with { NewVersion = NewVersion + count },
        _ => this with { Removed = Removed + count },
    };
}
