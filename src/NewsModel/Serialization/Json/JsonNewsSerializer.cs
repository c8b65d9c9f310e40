namespace NewsModel.Serialization.Json;

/// <summary>Writes the whole document as one indented JSON value (format <c>json</c>).</summary>
public sealed class JsonNewsSerializer : INewsSerializer
{
    /// <inheritdoc/>
    public string Format => "json";

    /// <inheritdoc/>
    public void Write(NewsDocument document, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(NewsJson.Serialize(document));
        writer.Write('\n');
    }
}
