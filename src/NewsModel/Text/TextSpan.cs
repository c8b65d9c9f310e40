using System.Globalization;

namespace NewsModel.Text;

/// <summary>
/// A half-open range of characters in the decoded source text, with the line and column where it starts.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Start"/> and <see cref="Length"/> count UTF-16 code units of the decoded text, exactly as C# string
/// indices do, so <c>source.Substring(span.Start, span.Length)</c> returns the spanned text. A leading byte order mark
/// is not part of the decoded text and is not counted. Text read from a stream is counted the same way from the start
/// of the stream.
/// </para>
/// <para><see cref="Line"/> and <see cref="Column"/> are 1-based; a column counts UTF-16 code units from the line start.</para>
/// </remarks>
public readonly record struct TextSpan
{
    /// <summary>Creates a span, validating every part.</summary>
    /// <param name="start">0-based index of the first character.</param>
    /// <param name="length">Number of characters; may be zero.</param>
    /// <param name="line">1-based number of the line holding <paramref name="start"/>.</param>
    /// <param name="column">1-based column of <paramref name="start"/> within its line.</param>
    /// <exception cref="ArgumentOutOfRangeException">A part is negative, or a line or column is below 1.</exception>
    public TextSpan(int start, int length, int line, int column)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfLessThan(line, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(column, 1);
        if ((long)start + length > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(length), "The span ends past the largest possible index.");
        }

        Start = start;
        Length = length;
        Line = line;
        Column = column;
    }

    /// <summary>Gets the 0-based index of the first character.</summary>
    public int Start { get; }

    /// <summary>Gets the number of characters covered; zero for an empty span.</summary>
    public int Length { get; }

    /// <summary>Gets the 1-based line number of <see cref="Start"/>.</summary>
    public int Line { get; }

    /// <summary>Gets the 1-based column of <see cref="Start"/>, in UTF-16 code units from the start of its line.</summary>
    public int Column { get; }

    /// <summary>Gets the exclusive end index: the first character after the span.</summary>
    public int End => Start + Length;

    /// <summary>Returns the spanned characters of <paramref name="source"/>.</summary>
    /// <param name="source">The decoded text the span was taken from.</param>
    /// <returns>The characters from <see cref="Start"/> up to, not including, <see cref="End"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The span does not lie inside <paramref name="source"/>.</exception>
    public ReadOnlySpan<char> Slice(ReadOnlySpan<char> source) => source.Slice(Start, Length);

    /// <summary>Returns <c>line:column [start..end)</c>, the form used in diagnostics and diagrams.</summary>
    /// <returns>The formatted span.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Line}:{Column} [{Start}..{End})");
}
