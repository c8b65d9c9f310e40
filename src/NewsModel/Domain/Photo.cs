using System.Diagnostics.CodeAnalysis;
using NewsModel.Internal;
using NewsModel.Text;

namespace NewsModel.Domain;

/// <summary>The photo caption under an article's headline, and the credit it names.</summary>
/// <remarks>A parsed photo cuts <see cref="Caption"/> from the parsed text on first read, as <see cref="Paragraph"/> does; reading it is thread-safe.</remarks>
public sealed record Photo
{
    // Invariant: Caption's backing field is set, or _slice has a source (a parsed caption not yet read).
    private readonly SourceSlice _slice;

    /// <summary>Creates a photo whose caption is cut from <paramref name="source"/> when first read.</summary>
    [SetsRequiredMembers]
    internal Photo(string source, int start, int length) => _slice = new SourceSlice(source, start, length);

    /// <summary>Creates a photo; set <see cref="Caption"/> in the initializer.</summary>
    public Photo()
    {
    }

    /// <summary>Gets the caption text without its credit, e.g. <c>Officials meet in Islamabad on July 7, 2025.</c></summary>
    public required string Caption
    {
        get => field ??= _slice.ToString();
        init
        {
            field = Guard.NotNull(value, nameof(Caption));
            _slice = default;
        }
    }

    /// <summary>Gets the caption without copying it.</summary>
    internal ReadOnlySpan<char> CaptionChars => _slice.HasSource ? _slice.Chars : Caption;

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

    /// <summary>Compares two photos by every property.</summary>
    /// <param name="other">The photo to compare with.</param>
    /// <returns>Whether every property is equal.</returns>
    public bool Equals(Photo? other) =>
        other is not null
        && CaptionChars.SequenceEqual(other.CaptionChars)
        && CaptionSpan == other.CaptionSpan
        && string.Equals(Credit, other.Credit, StringComparison.Ordinal)
        && CreditSpan == other.CreditSpan
        && Span == other.Span
        && Trivia == other.Trivia
        && string.Equals(CreditOpening, other.CreditOpening, StringComparison.Ordinal)
        && string.Equals(CreditClosing, other.CreditClosing, StringComparison.Ordinal)
        && CreditTrivia == other.CreditTrivia;

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(string.GetHashCode(CaptionChars, StringComparison.Ordinal), CaptionSpan, Credit, CreditSpan, Span, Trivia, CreditOpening, HashCode.Combine(CreditClosing, CreditTrivia));
}
