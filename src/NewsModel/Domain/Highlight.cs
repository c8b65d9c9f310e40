using System.Diagnostics.CodeAnalysis;
using NewsModel.Internal;
using NewsModel.Text;

namespace NewsModel.Domain;

/// <summary>One <c>•</c> highlight bullet between the repeated headline and the body.</summary>
/// <remarks>A parsed highlight cuts <see cref="Text"/> from the parsed text on first read, as <see cref="Paragraph"/> does; reading it is thread-safe.</remarks>
public sealed record Highlight
{
    // Invariant: Text's backing field is set, or _slice has a source (a parsed highlight not yet read).
    private readonly SourceSlice _slice;

    /// <summary>Creates a highlight whose text is cut from <paramref name="source"/> when first read.</summary>
    [SetsRequiredMembers]
    internal Highlight(string source, int start, int length) => _slice = new SourceSlice(source, start, length);

    /// <summary>Creates a highlight; set <see cref="Text"/> in the initializer.</summary>
    public Highlight()
    {
    }

    /// <summary>Gets the highlight's text, without the bullet and surrounding white space.</summary>
    public required string Text
    {
        get => field ??= _slice.ToString();
        init
        {
            field = Guard.NotNull(value, nameof(Text));
            _slice = default;
        }
    }

    /// <summary>Gets the text without copying it.</summary>
    internal ReadOnlySpan<char> Chars => _slice.HasSource ? _slice.Chars : Text;

    /// <summary>Gets the span of <see cref="Text"/>.</summary>
    public TextSpan Span { get; init; }

    /// <summary>Gets the bullet as written, with the white space after it: <c>"• "</c>, <c>"•"</c>, <c>"- "</c>; null when not recorded.</summary>
    public string? Bullet
    {
        get;
        init => field = LayoutGuard.OneLine(value, nameof(Bullet));
    }

    /// <summary>Gets the white space around the highlight's line: blank lines above it, indentation, trailing white space and line break; null when not recorded (the text writer then lays it out as the seed layout does).</summary>
    public LineTrivia? Trivia { get; init; }

    /// <summary>Compares two highlights by their text, span, bullet and trivia.</summary>
    /// <param name="other">The highlight to compare with.</param>
    /// <returns>Whether every property is equal.</returns>
    public bool Equals(Highlight? other) =>
        other is not null
        && Chars.SequenceEqual(other.Chars)
        && Span == other.Span
        && string.Equals(Bullet, other.Bullet, StringComparison.Ordinal)
        && Trivia == other.Trivia;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(string.GetHashCode(Chars, StringComparison.Ordinal), Span, Bullet, Trivia);
}
