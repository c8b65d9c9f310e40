using NewsModel.Internal;
using NewsModel.Text;

namespace NewsModel.Domain;

/// <summary>The photo caption under an article's headline, and the credit it names.</summary>
public sealed record Photo
{
    /// <summary>Gets the caption text without its credit, e.g. <c>Officials meet in Islamabad on July 7, 2025.</c></summary>
    public required string Caption
    {
        get;
        init => field = Guard.NotNull(value, nameof(Caption));
    }

    /// <summary>Gets the span of <see cref="Caption"/>.</summary>
    public TextSpan CaptionSpan { get; init; }

    /// <summary>Gets the credit's name alone, e.g. <c>Reuters</c> for <c>(Reuters)</c> or <c>— Photo via Reuters</c>; null when the caption names none.</summary>
    public string? Credit { get; init; }

    /// <summary>Gets the span of <see cref="Credit"/>, or null when there is no credit.</summary>
    public TextSpan? CreditSpan { get; init; }

    /// <summary>Gets the span of the whole caption line or lines, credit included.</summary>
    public TextSpan Span { get; init; }

    /// <summary>Gets the white space around the caption line: blank lines above it, indentation, trailing white space and line break; null when not recorded (the text writer then lays it out as the seed layout does).</summary>
    public LineTrivia? Trivia { get; init; }

    /// <summary>
    /// Gets what stands between the caption and the credit's name, as written: <c>" ("</c> for <c>… 2025. (Reuters)</c>,
    /// <c>" — Photo via "</c>, <c>" Photo: "</c>; for a credit on its own line, what opens that line (<c>"("</c>,
    /// <c>"Photo: "</c>). Null when there is no credit or it was not recorded.
    /// </summary>
    public string? CreditOpening
    {
        get;
        init => field = LayoutGuard.OneLine(value, nameof(CreditOpening));
    }

    /// <summary>Gets what follows the credit's name on its line, as written: <c>")"</c> or empty; null when there is no credit or it was not recorded.</summary>
    public string? CreditClosing
    {
        get;
        init => field = LayoutGuard.OneLine(value, nameof(CreditClosing));
    }

    /// <summary>Gets the white space around the credit's own line, for a credit written on the line under the caption; null when the credit shares the caption's line.</summary>
    public LineTrivia? CreditTrivia { get; init; }
}
