namespace NewsModel.Serialization.Json;

/// <summary>
/// Writes one article per line (format <c>jsonl</c>, JSON Lines). Diagnostics that belong to no article are not
/// written; use <c>json</c> to keep them.
/// </summary>
public sealed class JsonLinesNewsSerializer : INewsSerializer
{
    /// <inheritdoc/>
    public string Format => "jsonl";

    /// <inheritdoc/>
    public void Write(NewsDocument document, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var article in document.Articles)
        {
            writer.Write(NewsJson.SerializeArticle(article));
            writer.Write('\n');
        }
    }
}
