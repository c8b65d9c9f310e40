using NewsModel.Internal;
using NewsModel.Text;

namespace NewsModel.Domain;

/// <summary>One place in the text where an entity is named, as written.</summary>
/// <remarks>A value type, so an entity's mentions are one array with no object per mention; mentions written alike share one string.</remarks>
public readonly record struct Mention
{
    /// <summary>Creates a mention.</summary>
    /// <param name="text">The words as written, e.g. <c>ADB</c> or <c>the Asian Development Bank</c>.</param>
    /// <param name="span">Their span.</param>
    /// <exception cref="ArgumentException"><paramref name="text"/> is null or blank.</exception>
    public Mention(string text, TextSpan span)
    {
        Text = text;
        Span = span;
    }

    /// <summary>Gets the words as written; empty in the default value.</summary>
    /// <exception cref="ArgumentException">Initialised with null or blank words.</exception>
    public string Text
    {
        get => field ?? "";
        init => field = Guard.NotBlank(value, nameof(Text));
    }

    /// <summary>Gets their span.</summary>
    public TextSpan Span { get; init; }
}
