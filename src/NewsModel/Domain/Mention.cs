using NewsModel.Internal;
using NewsModel.Text;

namespace NewsModel.Domain;

/// <summary>One place in the text where an entity is named, as written.</summary>
public sealed record Mention
{
    /// <summary>Creates a mention.</summary>
    /// <param name="text">The words as written, e.g. <c>ADB</c> or <c>the Asian Development Bank</c>.</param>
    /// <param name="span">Their span.</param>
    /// <exception cref="ArgumentException"><paramref name="text"/> is null or blank.</exception>
    public Mention(string text, TextSpan span)
    {
        Text = Guard.NotBlank(text, nameof(text));
        Span = span;
    }

    /// <summary>Gets the words as written.</summary>
    public string Text { get; }

    /// <summary>Gets their span.</summary>
    public TextSpan Span { get; }
}
