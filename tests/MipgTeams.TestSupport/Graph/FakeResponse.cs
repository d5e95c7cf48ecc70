namespace MipgTeams.TestSupport.Graph;

/// <summary>One HTTP answer of the fake Graph, independent of the server that carries it (WireMock in tests, Kestrel in bench).</summary>
public sealed record FakeResponse(int Status, IReadOnlyDictionary<string, string> Headers, byte[] Body, string ContentType);
