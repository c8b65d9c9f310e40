namespace NewsModel.Text;

/// <summary>
/// The lines of a <see cref="SourceText"/>, kept as one start index a line: a line's length and terminator are read
/// back from the text when the line is asked for.
/// </summary>
/// <remarks>
/// Invariant: the starts rise, the first is 0 and one more entry past the last line holds the text's length, so
/// every line runs to the next start. Four bytes a line keeps a text of a hundred million blank lines from costing
/// gigabytes before any article is read.
/// </remarks>
internal sealed class TextLines
{
    private readonly string _text;
    private readonly int[] _starts;

    /// <param name="text">The text the lines index into.</param>
    /// <param name="starts">The start of each line, then the text's length.</param>
    public TextLines(string text, int[] starts)
    {
        System.Diagnostics.Debug.Assert(starts.Length > 0 && starts[^1] == text.Length, "One start a line, then the text's length.");
        _text = text;
        _starts = starts;
    }

    /// <summary>Gets the number of lines.</summary>
    public int Length => _starts.Length - 1;

    /// <summary>Gets the line at <paramref name="index"/> (0-based); its <see cref="TextLine.Number"/> is one more.</summary>
    public TextLine this[int index]
    {
        get
        {
            var start = _starts[index];
            var next = _starts[index + 1];

            // A line ends with CRLF, CR or LF; only the last line may have none.
            var terminator = next == start ? 0
                : _text[next - 1] == '\n' ? (next - 2 >= start && _text[next - 2] == '\r' ? 2 : 1)
                : _text[next - 1] == '\r' ? 1
                : 0;
            return new TextLine(start, next - start - terminator, terminator, index + 1);
        }
    }

    /// <summary>Returns the same lines over <paramref name="text"/>, which has the same line breaks at the same places.</summary>
    public TextLines With(string text) => new(text, _starts);
}
