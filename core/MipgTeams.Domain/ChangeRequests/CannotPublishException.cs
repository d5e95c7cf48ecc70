namespace MipgTeams.Domain.ChangeRequests;

/// <summary>The request cannot be validated because it could not be published as it is (no readable draft, a wrong format…).</summary>
public sealed class CannotPublishException(string message) : ChangeRequestException(message);
