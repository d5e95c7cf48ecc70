namespace MipgTeams.SharePoint.Extraction;

/// <summary>Pulls the searchable text out of a document's content.</summary>
public interface ITextExtractor
{
    /// <summary>
    /// Extracts the text of a file named <paramref name="fileName"/>. Unsupported formats give no text and no error;
    /// a file that cannot be read gives an error and no text.
    /// </summary>
    ExtractionResult Extract(string fileName, Stream content);
}
