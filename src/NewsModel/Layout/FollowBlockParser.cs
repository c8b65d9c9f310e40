namespace NewsModel.Layout;

/// <summary>Recognises the <c>Follow</c> line that closes an article header.</summary>
internal static class FollowBlockParser
{
    public static bool IsMatch(ReadOnlySpan<char> content) => content.Equals("Follow", StringComparison.OrdinalIgnoreCase);
}
