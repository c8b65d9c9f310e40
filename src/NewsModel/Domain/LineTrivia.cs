using NewsModel.Internal;

namespace NewsModel.Domain;

/// <summary>
/// The white space around one written line of an article, kept so that the text writer can give back the input byte
/// for byte: what comes before the line's content and what follows it.
/// </summary>
/// <remarks>
/// <para>
/// As with a compiler's trivia, a line owns the blank lines above it: <see cref="Leading"/> holds every blank line
/// between the previous written line and this one (each with its own white space and line break), then this line's
/// indentation. <see cref="Trailing"/> holds the white space after the content and the line break that ends it:
/// <c>\n</c>, <c>\r\n</c>, <c>\r</c>, or nothing for the last line of a text without a final newline.
/// </para>
/// <para>
/// Both hold only white space (as the layout trims it: tabs, non-breaking and zero-width spaces included) and line
/// breaks. The parser shares one string instance for the common values, so an ordinary line costs no allocation.
/// The default value is an unindented line ending in <c>\n</c> with no blank line above it.
/// </para>
/// </remarks>
public readonly record struct LineTrivia
{
    /// <summary>Creates the trivia of one line.</summary>
    /// <param name="leading">The blank lines above the line, then its indentation; empty for none.</param>
    /// <param name="trailing">The white space after the content, then the line break; <c>"\n"</c> for an ordinary line.</param>
    /// <exception cref="ArgumentException">
    /// An argument is null or holds a character other than white space and line breaks, or <paramref name="trailing"/>
    /// has a line break anywhere but at its end.
    /// </exception>
    public LineTrivia(string leading, string trailing)
    {
        Leading = LayoutGuard.Leading(leading, nameof(leading));
        Trailing = LayoutGuard.Trailing(trailing, nameof(trailing));
    }

    /// <summary>Gets the trivia of an unindented line that ends in <c>\n</c>, right under the previous line.</summary>
    public static LineTrivia Default => new("", "\n");

    /// <summary>Gets the blank lines above the line, each with its white space and line break, then the line's indentation.</summary>
    public string Leading
    {
        get => field ?? "";
        init => field = LayoutGuard.Leading(value, nameof(Leading));
    }

    /// <summary>Gets the white space after the line's content, then its line break (empty only at the end of a text).</summary>
    public string Trailing
    {
        get => field ?? "\n";
        init => field = LayoutGuard.Trailing(value, nameof(Trailing));
    }

    /// <summary>Compares the two strings, so that <c>default</c> equals <see cref="Default"/>.</summary>
    /// <param name="other">The trivia to compare with.</param>
    /// <returns>Whether both hold the same leading and trailing text.</returns>
    public bool Equals(LineTrivia other) =>
        string.Equals(Leading, other.Leading, StringComparison.Ordinal) && string.Equals(Trailing, other.Trailing, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Leading, Trailing);
}
