namespace NewsModel.Layout;

/// <summary>
/// Shares one string instance for the layout detail most lines have — a line break, one blank line, the usual
/// bullet or separator — so that recording it costs no allocation for ordinary lines.
/// </summary>
internal static class LayoutStrings
{
    private static readonly string[] s_common =
    [
        "\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\r\r", "\n\n\n", "\r\n\r\n\r\n", " \n", " \r\n", "\t\n", "\u00A0\n", "\u00A0\r\n",
        " ", "  ", "\n  ", "\r\n  ", "\r  ", "\t", "\n\t", "\r\n\t",
        "• ", "•", "- ", "* ", ": ", " (", ")", "): ", " — ", " – ", " - ", "(", "Short Url", "Follow",
    ];

    public static string Get(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return "";
        }

        foreach (var common in s_common)
        {
            if (text.Length == common.Length && text.SequenceEqual(common))
            {
                return common;
            }
        }

        return text.ToString();
    }
}
