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
}
