namespace NewsModel.Serialization;

/// <summary>Writes a <see cref="NewsDocument"/> in one output format. One class per format, like a renderer.</summary>
/// <remarks>Implementations are stateless and thread-safe.</remarks>
public interface INewsSerializer
{
    /// <summary>Gets the format's short name, as the console's <c>--format</c> option spells it: <c>json</c>, <c>jsonl</c>, <c>diagram</c>.</summary>
    string Format { get; }

    /// <summary>Writes <paramref name="document"/> to <paramref name="writer"/>.</summary>
    /// <param name="document">The document to write.</param>
    /// <param name="writer">Where to write it; it is not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    void Write(NewsDocument document, TextWriter writer);
}
