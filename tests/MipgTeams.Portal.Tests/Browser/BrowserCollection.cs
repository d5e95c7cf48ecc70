namespace MipgTeams.Portal.Tests.Browser;

/// <summary>The browser tests share one portal and one Chromium, and run one after the other.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
