using System.Collections.Immutable;
using NewsModel.Extraction;

namespace NewsModel;

/// <summary>
/// A built, immutable parsing pipeline: the options and the extraction rules to run after the layout stage.
/// Build one with <see cref="NewsPipelineBuilder"/>, then reuse it.
/// </summary>
/// <remarks>Thread-safe: one pipeline may parse many texts at once from many threads.</remarks>
public sealed class NewsPipeline
{
    internal NewsPipeline(NewsParseOptions options, ImmutableArray<ExtractionRule> rules)
    {
        Options = options;
        Rules = rules;
    }

    /// <summary>Gets the pipeline <see cref="NewsParser"/> uses when given none: <see cref="NewsPipelineBuilder.UseDefaults"/> with default options.</summary>
    public static NewsPipeline Default { get; } = new NewsPipelineBuilder().UseDefaults().Build();

    /// <summary>Gets the options the pipeline was built with.</summary>
    public NewsParseOptions Options { get; }

    /// <summary>Gets the extraction rules, in run order; empty for a layout-only pipeline.</summary>
    internal ImmutableArray<ExtractionRule> Rules { get; }

    /// <summary>Parses <paramref name="text"/> with this pipeline; see <see cref="NewsParser.Parse"/>.</summary>
    /// <param name="text">The article text.</param>
    /// <param name="source">Where the text came from (a file name, or <c>-</c> for standard input); null when unknown.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentException"><paramref name="text"/> is null, or <paramref name="source"/> is empty or blank.</exception>
    /// <exception cref="NewsParseException">The options are strict and the text has an error.</exception>
    public NewsDocument Parse(string text, string? source = null) => NewsParser.Parse(text, this, source);
}
