using System.Globalization;
using NewsModel.Text;

namespace NewsModel.Internal;

/// <summary>
/// Deterministic record ids: a kind prefix and 12 hex digits of a 64-bit FNV-1a hash of the record's key facts.
/// </summary>
/// <remarks>
/// The key is normalised before hashing (case folded, white space runs collapsed, curly quotes and dashes made
/// plain), so copies of the same text that differ only in such details get the same id. Nothing random or
/// positional enters the hash.
/// </remarks>
internal static class StableId
{
    private const ulong OffsetBasis = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    public static string Create(string prefix, params ReadOnlySpan<string?> keyParts) => Create(prefix, null, keyParts);

    /// <summary>Like <see cref="Create(string, ReadOnlySpan{string?})"/>, with a scope (an article's id) hashed first.</summary>
    public static string Create(string prefix, string? scope, params ReadOnlySpan<string?> keyParts)
    {
        var hash = OffsetBasis;
        if (scope is not null)
        {
            hash = Add(hash, scope.AsSpan());
            hash = AddChar(hash, '\u001F');
        }

        foreach (var part in keyParts)
        {
            hash = Add(hash, part.AsSpan());
            hash = AddChar(hash, '\u001F');
        }

        return string.Create(CultureInfo.InvariantCulture, $"{prefix}-{hash & 0xFFFF_FFFF_FFFF:x12}");
    }

    private static ulong Add(ulong hash, ReadOnlySpan<char> text)
    {
        var pendingSpace = false;
        var started = false;
        foreach (var raw in text)
        {
            // Printable ASCII is never white space: most characters skip the Unicode check.
            if ((raw <= ' ' || raw > '~') && TextChars.IsTrimmable(raw))
            {
                pendingSpace = started;
                continue;
            }

            if (pendingSpace)
            {
                hash = AddChar(hash, ' ');
                pendingSpace = false;
            }

            started = true;
            hash = AddChar(hash, char.IsAscii(raw) ? AsciiLower(raw) : Normalize(raw));
        }

        return hash;
    }

    private static char AsciiLower(char c) => char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;

    private static char Normalize(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u02BC' => '\'',
        '\u201C' or '\u201D' => '"',
        '\u2013' or '\u2014' or '\u2012' or '\u2212' => '-',
        _ => char.ToLowerInvariant(c),
    };

    private static ulong AddChar(ulong hash, char c)
    {
        hash = (hash ^ (byte)c) * Prime;
        return (hash ^ (byte)(c >> 8)) * Prime;
    }
}
