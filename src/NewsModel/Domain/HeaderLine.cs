using NewsModel.Internal;

namespace NewsModel.Domain;

/// <summary>One line of an article header as written: <c>Short Url</c>, a stamp such as <c>Updated 07 July 2025</c>, or <c>Follow</c>.</summary>
/// <remarks>
/// The header's meaning is in <see cref="Article.ShortUrl"/>, <see cref="Article.Published"/> and
/// <see cref="Article.Updated"/>; these lines keep its wording (the date format, a time of day, a repeated or
/// unreadable stamp) so that the text writer can give it back. The writer uses them only while they still say what
/// the article's fields say.
/// </remarks>
public sealed record HeaderLine
{
    /// <summary>Gets the line's text without surrounding white space, e.g. <c>Published: July 7, 2025 at 3:20 pm</c>.</summary>
    public required string Text
    {
        get;
        init => field = LayoutGuard.OneLine(Guard.NotBlank(value, nameof(Text)), nameof(Text))!;
    }

    /// <summary>Gets the white space around the line; null when not recorded (the writer then lays it out as the seed layout does).</summary>
    public LineTrivia? Trivia { get; init; }
}
