namespace NewsModel.Layout;

/// <summary>
/// Judges lines around an article header: whether a line can be a headline, and whether it reads like a photo
/// caption. The headline itself is found by <see cref="LayoutParser"/> as the line the header's repeat matches.
/// </summary>
internal static class HeadlineBlockParser
{
    private const int MaxHeadlineLength = 300;
    private const int MinCaptionWords = 6;

    /// <summary>A headline is a line of reasonable length that does not end like a sentence of running text.</summary>
    public static bool IsHeadlineLike(ReadOnlySpan<char> content) =>
        content.Length is > 0 and <= MaxHeadlineLength
        && content[^1] is not ('.' or ',' or ';' or ':')
        && !HighlightBlockParser.TryReadBullet(content, out _);

    /// <summary>A caption names its credit, or is a finished sentence of some length.</summary>
    public static bool LooksLikeCaption(ReadOnlySpan<char> content) =>
        PhotoBlockParser.Split(content).HasCredit
        || (content.Length > 0 && content[^1] == '.' && content.Count(' ') + 1 >= MinCaptionWords);
}
