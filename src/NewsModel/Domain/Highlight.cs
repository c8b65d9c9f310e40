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
}
