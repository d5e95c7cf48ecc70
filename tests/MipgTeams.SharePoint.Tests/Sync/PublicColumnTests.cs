using System.Text.Json.Nodes;

namespace MipgTeams.SharePoint.Tests.Sync;

/// <summary>The library column «Publico» (Sí/No, default Sí) reaches the document, and a change of it is a change.</summary>
public sealed class PublicColumnTests : SyncedDemoTests
{
    [Fact]
    public async Task Documents_without_the_column_are_public()
    {
        await using var db = Demo.Store.CreateDbContext();

        Assert.All(await db.Documents.ToListAsync(), d => Assert.True(d.IsPublic));
    }

    [Theory]
    [InlineData("No", false)]
    [InlineData("no", false)]
    [InlineData("false", false)]
    [InlineData("Sí", true)]
    [InlineData("", true)]
    public async Task The_column_says_whether_a_document_is_public_and_a_change_of_it_gets_a_new_change_number(string value, bool expected)
    {
        var before = await Document("GLEGN02-F003");

        SetColumn("GLEGN02-F003", "Publico", value);
        await Demo.SyncAsync();

        var after = await Document("GLEGN02-F003");
        Assert.Equal(expected, after.IsPublic);
        Assert.Equal(expected, after.ChangeNumber == before.ChangeNumber);
    }

    private void SetColumn(string code, string column, string value)
    {
        var file = Path.Combine(Demo.Folder, "library", "_columnas.json");
        var columns = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
        foreach (var (_, fields) in columns.Where(c => c.Value?["Codigo"]?.GetValue<string>() == code))
        {
            fields![column] = value;
        }
        File.WriteAllText(file, columns.ToJsonString());
    }

    private async Task<Domain.Documents.Document> Document(string code)
    {
        await using var db = Demo.Store.CreateDbContext();
        return await db.Documents.AsNoTracking().SingleAsync(d => d.Code == code && !d.IsRemoved);
    }
}
