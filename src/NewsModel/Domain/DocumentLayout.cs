using NewsModel.Internal;

namespace NewsModel.Domain;

/// <summary>How a parsed text began, beyond its articles: a byte order mark and the blank lines before the first article.</summary>
/// <remarks>Each article keeps its own detail in <see cref="Article.Layout"/>; this holds only what comes before the first one.</remarks>
public sealed record DocumentLayout
{
    /// <summary>Gets whether the text began with a byte order mark (U+FEFF), which the parser does not count in spans.</summary>
    public bool ByteOrderMark { get; init; }

    /// <summary>Gets the blank lines before the first article's first line; for a text with no article, the whole text.</summary>
    public string LeadingBlankLines
    {
        get => field ?? "";
        init => field = LayoutGuard.BlankLines(value, nameof(LeadingBlankLines));
    }
}
