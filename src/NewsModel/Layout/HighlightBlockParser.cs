using NewsModel.Text;

namespace NewsModel.Layout;

/// <summary>
/// Recognises a bulleted line: <c>•</c>, <c>▪</c>, <c>●</c>, <c>◦</c>, <c>‣</c> or <c>·</c>, with or without a space
/// after it, and <c>-</c> or <c>*</c> followed by a space. Bullets right after the repeated headline are highlights;
/// later ones are list items of the body.
/// </summary>
internal static class HighlightBlockParser
{
    /// <summary>Whether the trimmed line opens with a bullet, and where its text starts after the bullet.</summary>
    public static bool TryReadBullet(ReadOnlySpan<char> content, out int textOffset)
    {
        textOffset = 0;
        if (content.IsEmpty)
        {
            return false;
        }

        var needsSpace = content[0] is '-' or '*';
        if (!needsSpace && content[0] is not ('•' or '▪' or '●' or '◦' or '‣' or '·'))
        {
            return false;
        }

        var offset = 1;
        while (offset < content.Length && TextChars.IsTrimmable(content[offset]))
        {
            offset++;
        }

        if (needsSpace && (offset == 1 || offset == content.Length))
        {
            return false;
        }

        textOffset = offset;
        return true;
    }
}
