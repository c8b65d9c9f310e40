using System.Diagnostics.CodeAnalysis;
using NewsModel.Internal;
using NewsModel.Text;

namespace NewsModel.Domain;

/// <summary>One paragraph of an article body: one non-blank line of the input.</summary>
/// <remarks>
/// <see cref="Text"/> excludes leading and trailing white space (non-breaking spaces and tabs included) and, for the
/// first paragraph, the dateline and its separator. <see cref="Span"/> covers exactly <see cref="Text"/>.
/// A parsed paragraph keeps its place in the parsed text and cuts <see cref="Text"/> from it on first read, so a
/// parse holds one string for the input rather than a copy of each paragraph; reading it is thread-safe.
/// </remarks>
public sealed record Paragraph
{
    // Invariant: Text's backing field is set, or _slice has a source (a parsed paragraph not yet read).
    private readonly SourceSlice _slice;

    /// <summary>Creates a paragraph whose text is cut from <paramref name="source"/> when first read.</summary>
    [SetsRequiredMembers]
    internal Paragraph(string source, int start, int length) => _slice = new SourceSlice(source, start, length);

    /// <summary>Creates a paragraph; set <see cref="Text"/> in the initializer.</summary>
    public Paragraph()
    {
    }

    /// <summary>Gets the paragraph's text.</summary>
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

    /// <summary>Gets what the paragraph is, as far as the layout shows.</summary>
    public ParagraphKind Kind { get; init; }

    /// <summary>Gets the bullet of a <see cref="ParagraphKind.ListItem"/> as written, with the white space after it (<c>"• "</c>, <c>"- "</c>); null for other kinds or when not recorded.</summary>
    public string? Bullet
    {
        get;
        init => field = LayoutGuard.OneLine(value, nameof(Bullet));
    }

    /// <summary>Gets the white space around the paragraph's line (for the first paragraph, the line the dateline opens): blank lines above it, indentation, trailing white space and line break; null when not recorded (the text writer then lays it out as the seed layout does).</summary>
    public LineTrivia? Trivia { get; init; }

    /// <summary>Compares two paragraphs by their text, span, kind, bullet and trivia.</summary>
    /// <param name="other">The paragraph to compare with.</param>
    /// <returns>Whether every property is equal.</returns>
    public bool Equals(Paragraph? other) =>
        other is not null
        && Chars.SequenceEqual(other.Chars)
        && Span == other.Span
        && Kind == other.Kind
        && string.Equals(Bullet, other.Bullet, StringComparison.Ordinal)
        && Trivia == other.Trivia;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(string.GetHashCode(Chars, StringComparison.Ordinal), Span, Kind, Bullet, Trivia);
}
