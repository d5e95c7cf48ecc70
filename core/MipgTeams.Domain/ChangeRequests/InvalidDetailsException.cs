namespace MipgTeams.Domain.ChangeRequests;

/// <summary>The details of a request are incomplete or too long; <see cref="Errors"/> says what, by field.</summary>
public sealed class InvalidDetailsException(IReadOnlyDictionary<string, string> errors)
    : ChangeRequestException(string.Join(" ", errors.Values))
{
    public IReadOnlyDictionary<string, string> Errors { get; } = errors;
}
