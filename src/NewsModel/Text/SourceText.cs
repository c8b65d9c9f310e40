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

    private SourceText(string text, TextLine[] lines, List<Diagnostic> diagnostics)
    {
        Text = text;
        Lines = lines;
        Diagnostics = diagnostics;
    }

    /// <summary>Gets the decoded text that spans index into.</summary>
    public string Text { get; }

    /// <summary>Gets the lines, in order; a final line without terminator is included, an empty final line is not.</summary>
    public TextLine[] Lines { get; }

    /// <summary>Gets the diagnostics raised while decoding (unpaired surrogates, control characters).</summary>
    public List<Diagnostic> Diagnostics { get; }

    /// <summary>Decodes UTF-8 bytes and prepares them for parsing, reporting invalid byte sequences.</summary>
    public static SourceText FromUtf8(ReadOnlySpan<byte> utf8)
    {
        var replaced = new List<int>();
        var source = From(Utf8Decoder.Decode(utf8, replaced));
        ReportInvalidUtf8(source, replaced);
        return source;
    }

    /// <summary>Prepares <paramref name="text"/> for parsing.</summary>
    public static SourceText From(string text)
    {
        // A BOM is not part of the decoded text (File.ReadAllText drops it; Encoding.GetString keeps it), so the same
        // bytes give the same spans whichever way they were read.
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        // Lines first, on the text as given: a surrogate pair never spans a line break, so each line is checked alone.
        var lines = SplitLines(text);
        var diagnostics = new List<Diagnostic>();
        var firstSurrogate = ReportCharacters(text, lines, diagnostics);
        if (firstSurrogate >= 0)
        {
            text = ReplaceUnpairedSurrogates(text, firstSurrogate);
        }

        return new SourceText(text, lines, diagnostics);
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

    private static TextLine[] SplitLines(string text)
    {
        var lines = new List<TextLine>();
        var start = 0;
        var number = 1;
        while (start < text.Length)
        {
            var rest = text.AsSpan(start);
            var breakAt = rest.IndexOfAny(s_lineBreaks);
            if (breakAt < 0)
            {
                lines.Add(new TextLine(start, rest.Length, 0, number));
                break;
            }

            var terminator = rest[breakAt] == '\r' && breakAt + 1 < rest.Length && rest[breakAt + 1] == '\n' ? 2 : 1;
            lines.Add(new TextLine(start, breakAt, terminator, number++));
            start += breakAt + terminator;
        }

        return [.. lines];
    }

    /// <returns>The index of the first unpaired surrogate, or -1 when there is none.</returns>
    private static int ReportCharacters(string text, TextLine[] lines, List<Diagnostic> diagnostics)
    {
        // One diagnostic per line and kind keeps a line of ten million NULs from producing ten million diagnostics.
        var firstSurrogate = -1;
        foreach (var line in lines)
        {
            var surrogate = FindUnpairedSurrogate(text, line.Start, line.End);
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
            var control = IndexOfControl(content);
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

    private static int IndexOfControl(ReadOnlySpan<char> content)
    {
        for (var i = 0; i < content.Length; i++)
        {
            if (TextChars.IsControl(content[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
