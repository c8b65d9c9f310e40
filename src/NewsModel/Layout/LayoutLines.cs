using NewsModel.Text;

namespace NewsModel.Layout;

/// <summary>
/// The lines of a source text with their <see cref="LineKind"/>: one byte a line beside the text's line starts. A
/// <see cref="LayoutLine"/> is put together when asked for, its content bounds trimmed again from the line.
/// </summary>
/// <remarks>
/// Storing a whole <see cref="LayoutLine"/> a line cost 28 bytes for every line of blank text; trimming again costs
/// only the white space at the two ends of a line, and each line is asked for a bounded number of times.
/// </remarks>
internal sealed class LayoutLines
{
    private readonly string _text;
    private readonly TextLines _lines;
    private readonly LineKind[] _kinds;

    public LayoutLines(string text, TextLines lines, LineKind[] kinds)
    {
        System.Diagnostics.Debug.Assert(lines.Length == kinds.Length, "One kind a line.");
        _text = text;
        _lines = lines;
        _kinds = kinds;
    }

    /// <summary>Gets the number of lines.</summary>
    public int Length => _kinds.Length;

    /// <summary>Gets the line at <paramref name="index"/> (0-based).</summary>
    public LayoutLine this[int index] => Read(_text, _lines[index], _kinds[index]);

    /// <summary>Returns <paramref name="line"/> with kind <paramref name="kind"/> and its content bounds.</summary>
    public static LayoutLine Read(string text, TextLine line, LineKind kind)
    {
        // A blank line's content is the empty range at its end, where trimming leaves it.
        if (kind == LineKind.Blank)
        {
            return new LayoutLine(line, kind, line.End, 0);
        }

        var (start, length) = TextChars.Trim(text.AsSpan(line.Start, line.Length));
        return new LayoutLine(line, kind, line.Start + start, length);
    }
}
