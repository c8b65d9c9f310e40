using NewsModel.Internal;
using NewsModel.Text;

namespace NewsModel.Domain;

/// <summary>One paragraph of an article body: one non-blank line of the input.</summary>
/// <remarks>
/// <see cref="Text"/> excludes leading and trailing white space (non-breaking spaces and tabs included) and, for the
/// first paragraph, the dateline and its separator. <see cref="Span"/> covers exactly <see cref="Text"/>.
/// </remarks>
public sealed record Paragraph
{
    /// <summary>Gets the paragraph's text.</summary>
    public required string Text
    {
        get;
        init => field = Guard.NotNull(value, nameof(Text));
    }

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
}
