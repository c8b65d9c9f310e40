using System.Buffers;
using System.Globalization;

namespace NewsModel.Text;

/// <summary>
/// The decoded input text, ready for the layout stage: a leading byte order mark removed, unpaired surrogates
/// replaced with U+FFFD, and the text split into lines at CRLF, CR or LF.
/// </summary>
/// <remarks>
/// Invariant: <see cref="Text"/> holds no unpaired surrogate, so every string cut from it can be written to JSON
/// and read back exactly. Replacing a surrogate keeps the length, so spans are unaffected.
/// </remarks>
internal sealed class SourceText
{
    private static readonly SearchValues<char> s_lineBreaks = SearchValues.Create("\r\n");

    /// <summary>C0 and C1 control characters other than tab, carriage return and line feed.</summary>
    private static readonly SearchValues<char> s_controls = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"
        + "\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F");

    private SourceText(string text, TextLines lines, List<Diagnostic> diagnostics, bool byteOrderMark)
    {
        Text = text;
        Lines = lines;
        Diagnostics = diagnostics;
        ByteOrderMark = byteOrderMark;
    }

    /// <summary>Gets the decoded text that spans index into.</summary>
    public string Text { get; }

    /// <summary>Gets the lines, in order; a final line without terminator is included, an empty final line is not.</summary>
    public TextLines Lines { get; }

    /// <summary>Gets the diagnostics raised while decoding (unpaired surrogates, control characters).</summary>
    public List<Diagnostic> Diagnostics { get; }

    /// <summary>Gets whether a leading byte order mark was removed; the text writer puts it back.</summary>
    public bool ByteOrderMark { get; }

    /// <summary>Decodes UTF-8 bytes and prepares them for parsing, reporting invalid byte sequences.</summary>
    public static SourceText FromUtf8(ReadOnlySpan<byte> utf8)
    {
        var replaced = new List<int>();

        // The decoder drops the encoded mark; a second U+FEFF after it is text, as File.ReadAllText leaves it.
        var byteOrderMark = utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
        return FromDecoded(Utf8Decoder.Decode(utf8, replaced), replaced, byteOrderMark);
    }

    /// <summary>Prepares <paramref name="text"/> for parsing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="byteOrderMarkRemoved">Whether the decoder already removed a byte order mark, so a leading U+FEFF is text.</param>
    public static SourceText From(string text, bool byteOrderMarkRemoved = false)
    {
        // A BOM is not part of the decoded text (File.ReadAllText drops it; Encoding.GetString keeps it), so the same
        // bytes give the same spans whichever way they were read.
        var byteOrderMark = byteOrderMarkRemoved;
        if (!byteOrderMark && text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
            byteOrderMark = true;
        }

        return FromDecoded(text, [], byteOrderMark);
    }

    /// <summary>Prepares text whose byte order mark, if any, is already gone, such as one window of a stream.</summary>
    /// <param name="text">The decoded text.</param>
    /// <param name="invalidUtf8">The index of every U+FFFD in <paramref name="text"/> that stands for invalid UTF-8, in order.</param>
    /// <param name="byteOrderMark">Whether a byte order mark was removed before <paramref name="text"/>.</param>
    public static SourceText FromDecoded(string text, List<int> invalidUtf8, bool byteOrderMark = false)
    {
        // Lines first, on the text as given: a surrogate pair never spans a line break, so each line is checked alone.
        var lines = new TextLines(text, SplitLines(text));
        var diagnostics = new List<Diagnostic>();
        var firstSurrogate = ReportCharacters(text, lines, diagnostics);
        if (firstSurrogate >= 0)
        {
            text = ReplaceUnpairedSurrogates(text, firstSurrogate);
            lines = lines.With(text);
        }

        var source = new SourceText(text, lines, diagnostics, byteOrderMark);
        ReportInvalidUtf8(source, invalidUtf8);
        return source;
    }

    /// <summary>Returns the span of <paramref name="length"/> characters from <paramref name="start"/>, which lies on <paramref name="line"/>.</summary>
    public static TextSpan Span(TextLine line, int start, int length) =>
        new(start, length, line.Number, start - line.Start + 1);

    /// <summary>Returns the span of a line's content, terminator excluded.</summary>
    public static TextSpan Span(TextLine line) => Span(line, line.Start, line.Length);

    private static string ReplaceUnpairedSurrogates(string text, int first) =>
        // Copy once, only when needed; the replacement has the same length, so no index moves.
        string.Create(text.Length, (text, first), static (buffer, state) =>
        {
            state.text.AsSpan().CopyTo(buffer);
            for (var i = state.first; i >= 0; i = FindUnpairedSurrogate(state.text, i + 1, state.text.Length))
            {
                buffer[i] = '\uFFFD';
            }
        });

    private static int FindUnpairedSurrogate(string text, int from, int end)
    {
        for (var i = from; i < end; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return i;
            }
        }

        return -1;
    }

    /// <returns>The start of each line, then the text's length.</returns>
    private static int[] SplitLines(string text)
    {
        // Count first (three vectorised passes) so the array is allocated once at its exact size.
        var all = text.AsSpan();
        var breaks = all.Count('\n') + all.Count('\r') - all.Count("\r\n");
        var count = breaks + (text.Length == 0 || text[^1] is '\n' or '\r' ? 0 : 1);
        var starts = new int[count + 1];
        var start = 0;
        var index = 0;
        while (start < text.Length)
        {
            starts[index++] = start;
            var rest = all[start..];
            var breakAt = rest.IndexOfAny(s_lineBreaks);
            if (breakAt < 0)
            {
                break;
            }

            var terminator = rest[breakAt] == '\r' && breakAt + 1 < rest.Length && rest[breakAt + 1] == '\n' ? 2 : 1;
            start += breakAt + terminator;
        }

        starts[count] = text.Length;
        return starts;
    }

    /// <returns>The index of the first unpaired surrogate, or -1 when there is none.</returns>
    private static int ReportCharacters(string text, TextLines lines, List<Diagnostic> diagnostics)
    {
        // Most text has neither surrogates nor control characters: two vectorised passes say so, and only then is
        // each line examined. One diagnostic per line and kind keeps a line of ten million NULs from producing ten
        // million diagnostics.
        var hasSurrogates = text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0;
        var hasControls = text.AsSpan().IndexOfAny(s_controls) >= 0;
        if (!hasSurrogates && !hasControls)
        {
            return -1;
        }

        var firstSurrogate = -1;
        for (var k = 0; k < lines.Length; k++)
        {
            var line = lines[k];
            var surrogate = hasSurrogates ? FindUnpairedSurrogate(text, line.Start, line.End) : -1;
            if (surrogate >= 0)
            {
                firstSurrogate = firstSurrogate < 0 ? surrogate : firstSurrogate;
                diagnostics.Add(new Diagnostic(
                    DiagnosticCodes.InvalidCharacter,
                    DiagnosticSeverity.Warning,
                    DiagnosticMessages.InvalidCharacter,
                    Span(line, surrogate, 1)));
            }

            var content = text.AsSpan(line.Start, line.Length);
            var control = hasControls ? content.IndexOfAny(s_controls) : -1;
            if (control >= 0)
            {
                diagnostics.Add(new Diagnostic(
                    DiagnosticCodes.ControlCharacter,
                    DiagnosticSeverity.Warning,
                    string.Format(CultureInfo.InvariantCulture, DiagnosticMessages.ControlCharacter, (int)content[control]),
                    Span(line, line.Start + control, 1)));
            }
        }

        return firstSurrogate;
    }

    private static void ReportInvalidUtf8(SourceText source, List<int> replaced)
    {
        // One diagnostic per line, at the first replacement on it; both lists are in text order.
        var line = 0;
        var lastReported = -1;
        foreach (var index in replaced)
        {
            while (line + 1 < source.Lines.Length && source.Lines[line + 1].Start <= index)
            {
                line++;
            }

            if (line != lastReported && source.Lines.Length > 0)
            {
                source.Diagnostics.Add(new Diagnostic(DiagnosticCodes.InvalidUtf8, DiagnosticSeverity.Warning, DiagnosticMessages.InvalidUtf8, Span(source.Lines[line], index, 1)));
                lastReported = line;
            }
        }
    }
}
