namespace NewsModel.Layout;

/// <summary>Recognises the <c>Short Url</c> line of an article header (also <c>Short URL</c> and <c>Short link</c>).</summary>
internal static class ShortUrlBlockParser
{
    public static bool IsMatch(ReadOnlySpan<char> content)
    {
        if (!content.StartsWith("short", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rest = content[5..].TrimStart();
        return rest.Equals("url", StringComparison.OrdinalIgnoreCase) || rest.Equals("link", StringComparison.OrdinalIgnoreCase);
    }
}
