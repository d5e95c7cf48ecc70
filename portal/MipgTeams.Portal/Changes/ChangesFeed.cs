using System.Globalization;
using System.Text;
using System.Xml;
using MipgTeams.Domain.Documents;
using MipgTeams.Portal.Catalog;

namespace MipgTeams.Portal.Changes;

internal static class ChangesFeed
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    /// <summary>GET /cambios.atom: the latest publications as an Atom feed, newest first, for feed readers.</summary>
    public static void MapChangesFeed(this WebApplication app) =>
        app.MapGet("/cambios.atom", async (HttpContext context, PublicCatalog catalog, PublishedChanges changes) =>
        {
            var snapshot = catalog.Current;
            var described = await changes.LatestByCodeAsync(context.RequestAborted);
            var site = $"{context.Request.Scheme}://{context.Request.Host}";
            return Results.Bytes(Write(site, snapshot.Recent, described), "application/atom+xml; charset=utf-8");
        });

    internal static byte[] Write(string site, IReadOnlyList<PublicDocument> recent, IReadOnlyDictionary<string, PublishedChange> described)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartElement("feed", Atom);
            xml.WriteAttributeString("xml", "lang", null, "es-CO");
            xml.WriteElementString("title", Atom, "Cambios recientes en la documentación MIPG — Alcaldía Mayor de Cartagena de Indias");
            xml.WriteElementString("id", Atom, site + "/cambios");
            Link(xml, site + "/cambios.atom", "self");
            Link(xml, site + "/cambios", "alternate");
            xml.WriteElementString("updated", Atom, Stamp(recent.Count > 0 ? Updated(recent[0]) : DateTimeOffset.UnixEpoch));
            foreach (var entry in recent)
            {
                var document = entry.Document;
                var url = $"{site}/documentos/{document.Code}";
                xml.WriteStartElement("entry", Atom);
                xml.WriteElementString("title", Atom, $"{document.Code} {document.Title} (versión {document.Version})");
                xml.WriteElementString("id", Atom, $"{url}/{document.Version}");
                Link(xml, url, "alternate");
                xml.WriteElementString("updated", Atom, Stamp(Updated(entry)));
                xml.WriteStartElement("author", Atom);
                xml.WriteElementString("name", Atom, entry.ProcessName);
                xml.WriteEndElement();
                var summary = $"{document.Type.SpanishName()} del proceso {entry.ProcessName}, versión {document.Version}, publicada el {entry.PublishedOn:yyyy-MM-dd}.";
                if (described.TryGetValue(document.Code, out var change))
                {
                    summary += $" {change.Kind}: {change.Description}";
                }
                xml.WriteElementString("summary", Atom, summary);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return buffer.ToArray();
    }

    private static DateTimeOffset Updated(PublicDocument entry) =>
        entry.Document.ApprovedOn is { } approved ? new DateTimeOffset(approved.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : entry.Document.LastModified;

    private static string Stamp(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static void Link(XmlWriter xml, string href, string rel)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
