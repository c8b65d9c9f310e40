using System.Diagnostics.CodeAnalysis;
using NewsModel.Text;

namespace NewsModel.Internal;

/// <summary>Checks for the layout detail the text writer replays: trivia is white space, affixes stay on one line.</summary>
internal static class LayoutGuard
{
    /// <summary>Blank lines and indentation: white space and line breaks only.</summary>
    public static string Leading([NotNull] string? value, string name)
    {
        ArgumentNullException.ThrowIfNull(value, name);
        foreach (var c in value)
        {
            if (!TextChars.IsTrimmable(c))
            {
                Guard.ThrowArgument("Leading trivia holds only white space and line breaks.", name);
            }
        }

        return value;
    }

    /// <summary>White space, then at most one line break at the very end.</summary>
    public static string Trailing([NotNull] string? value, string name)
    {
        ArgumentNullException.ThrowIfNull(value, name);
        var body = value.EndsWith("\r\n", StringComparison.Ordinal) ? value[..^2]
            : value.EndsWith('\n') || value.EndsWith('\r') ? value[..^1]
            : value;
        foreach (var c in body)
        {
            if (c is '\r' or '\n' || !TextChars.IsTrimmable(c))
            {
                Guard.ThrowArgument("Trailing trivia is white space followed by at most one line break.", name);
            }
        }

        return value;
    }

    /// <summary>Text written on a line beside a field (a bullet, a separator): no line break, possibly empty.</summary>
    public static string? OneLine(string? value, string name)
    {
        if (value is not null && value.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            Guard.ThrowArgument("The text must not hold a line break.", name);
        }

        return value;
    }

    /// <summary>Blank lines only: each line white space, every line break kept, the last line possibly unterminated.</summary>
    public static string BlankLines([NotNull] string? value, string name) => Leading(value, name);
}
