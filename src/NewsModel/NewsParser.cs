using NewsModel.Extraction;
using NewsModel.Layout;
using NewsModel.Text;

namespace NewsModel;

/// <summary>
/// The entry point: parses news text in the layout of a page copied as text into a <see cref="NewsDocument"/>.
/// </summary>
/// <remarks>
/// Lenient by default: odd or broken text never throws, and the document carries diagnostics with stable codes
/// and line:column positions. Parsing is a pure function of the text, the pipeline and the source name; it never
/// reads the clock or the network.
/// </remarks>
public static partial class NewsParser
{
    /// <summary>Parses <paramref name="text"/> into articles.</summary>
    /// <param name="text">The text: one or more articles, with any line endings; a leading byte order mark is ignored.</param>
    /// <param name="pipeline">The pipeline to use; <see cref="NewsPipeline.Default"/> when null.</param>
    /// <param name="source">Where the text came from (a file name, or <c>-</c> for standard input), recorded on each article; null when unknown.</param>
    /// <returns>The document: empty for empty text, never null.</returns>
    /// <exception cref="ArgumentException"><paramref name="text"/> is null, or <paramref name="source"/> is empty or blank.</exception>
    /// <exception cref="NewsParseException">The pipeline is strict and the text has an error.</exception>
    public static NewsDocument Parse(string text, NewsPipeline? pipeline = null, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        RequireSourceName(source);
        return Run(SourceText.From(text), pipeline ?? NewsPipeline.Default, source);
    }

    /// <summary>Parses UTF-8 bytes into articles; invalid byte sequences become U+FFFD with a diagnostic at their position.</summary>
    /// <param name="utf8Text">The encoded text; a leading byte order mark is ignored.</param>
    /// <param name="pipeline">The pipeline to use; <see cref="NewsPipeline.Default"/> when null.</param>
    /// <param name="source">Where the text came from, recorded on each article; null when unknown.</param>
    /// <returns>The document: empty for empty input, never null.</returns>
    /// <exception cref="ArgumentException"><paramref name="source"/> is empty or blank.</exception>
    /// <exception cref="NewsParseException">The pipeline is strict and the text has an error.</exception>
    public static NewsDocument ParseUtf8(ReadOnlySpan<byte> utf8Text, NewsPipeline? pipeline = null, string? source = null)
    {
        RequireSourceName(source);
        return Run(SourceText.FromUtf8(utf8Text), pipeline ?? NewsPipeline.Default, source);
    }

    /// <summary>The pipeline: text, then layout, then extraction, then the document; strict mode checks last.</summary>
    private static NewsDocument Run(SourceText sourceText, NewsPipeline pipeline, string? source)
    {
        var layout = LayoutParser.Parse(sourceText, source);
        var articles = ExtractionLimits.Run(sourceText.Text, layout.Articles, pipeline);
        var document = new NewsDocument { Source = source, Articles = articles, Diagnostics = [.. layout.Diagnostics], Layout = layout.Layout };
        if (pipeline.Options.Strict)
        {
            ThrowOnFirstError(document);
        }

        return document;
    }

    private static void RequireSourceName(string? source)
    {
        if (source is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(source);
        }
    }

    private static void ThrowOnFirstError(NewsDocument document)
    {
        foreach (var diagnostic in document.GetAllDiagnostics())
        {
            if (diagnostic.Severity == DiagnosticSeverity.Error)
            {
                throw new NewsParseException(diagnostic, document);
            }
        }
    }
}
