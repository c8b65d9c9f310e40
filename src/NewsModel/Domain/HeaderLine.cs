using System.Diagnostics.CodeAnalysis;
using NewsModel.Internal;

namespace NewsModel.Domain;

/// <summary>One line of an article header as written: <c>Short Url</c>, a stamp such as <c>Updated 07 July 2025</c>, or <c>Follow</c>.</summary>
/// <remarks>
/// The header's meaning is in <see cref="Article.ShortUrl"/>, <see cref="Article.Published"/> and
/// <see cref="Article.Updated"/>; these lines keep its wording (the date format, a time of day, a repeated or
/// unreadable stamp) so that the text writer can give it back. The writer uses them only while they still say what
/// the article's fields say. A parsed line cuts <see cref="Text"/> from the parsed text on first read, as
/// <see cref="Paragraph"/> does; reading it is thread-safe.
/// </remarks>
public sealed record HeaderLine
{
    // Invariant: Text's backing field is set, or _slice has a source (a parsed line not yet read).
    private readonly SourceSlice _slice;

    /// <summary>Creates a header line whose text is cut from <paramref name="source"/> when first read.</summary>
    [SetsRequiredMembers]
    internal HeaderLine(string source, int start, int length) => _slice = new SourceSlice(source, start, length);

    /// <summary>Creates a header line; set <see cref="Text"/> in the initializer.</summary>
    public HeaderLine()
    {
    }

    /// <summary>Gets the line's text without surrounding white space, e.g. <c>Published: July 7, 2025 at 3:20 pm</c>.</summary>
    public required string Text
    {
        get => field ??= _slice.ToString();
        init
        {
            field = LayoutGuard.OneLine(Guard.NotBlank(value, nameof(Text)), nameof(Text))!;
            _slice = default;
        }
    }

    /// <summary>Gets the text without copying it.</summary>
    internal ReadOnlySpan<char> Chars => _slice.HasSource ? _slice.Chars : Text;

    /// <summary>Gets the white space around the line; null when not recorded (the writer then lays it out as the seed layout does).</summary>
    public LineTrivia? Trivia { get; init; }

    /// <summary>Compares two header lines by text and trivia.</summary>
    /// <param name="other">The line to compare with.</param>
    /// <returns>Whether both properties are equal.</returns>
    public bool Equals(HeaderLine? other) => other is not null && Chars.SequenceEqual(other.Chars) && Trivia == other.Trivia;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(string.GetHashCode(Chars, StringComparison.Ordinal), Trivia);
}
