using NewsModel.Internal;
using NewsModel.Text;

namespace NewsModel.Domain;

/// <summary>One <c>•</c> highlight bullet between the repeated headline and the body.</summary>
public sealed record Highlight
{
    /// <summary>Gets the highlight's text, without the bullet and surrounding white space.</summary>
    public required string Text
    {
        get;
        init => field = Guard.NotNull(value, nameof(Text));
    }

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
}
