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

    public static string Create(string prefix, params ReadOnlySpan<string?> keyParts) => Create(prefix, OffsetBasis, keyParts);

    /// <summary>Like <see cref="Create(string, ReadOnlySpan{string?})"/>, with a scope (an article's id) hashed first.</summary>
    public static string Create(string prefix, string? scope, params ReadOnlySpan<string?> keyParts) =>
        Create(prefix, scope is null ? OffsetBasis : Scope(scope), keyParts);

    /// <summary>The hash of a scope, to give <see cref="Create(string, ulong, ReadOnlySpan{string?})"/> for each of its many ids.</summary>
    public static ulong Scope(string scope) => AddChar(Add(OffsetBasis, scope.AsSpan()), '\u001F');

    /// <summary>Like <see cref="Create(string, string?, ReadOnlySpan{string?})"/>, with the scope already hashed by <see cref="Scope"/>.</summary>
    public static string Create(string prefix, ulong scope, params ReadOnlySpan<string?> keyParts)
    {
        var hash = scope;
        foreach (var part in keyParts)
        {
            hash = Add(hash, part.AsSpan());
            hash = AddChar(hash, '\u001F');
        }

        // "prefix-" and 12 hex digits, written straight into the string.
        return string.Create(prefix.Length + 13, (Prefix: prefix, Hash: hash & 0xFFFF_FFFF_FFFF), static (chars, id) =>
        {
            id.Prefix.CopyTo(chars);
            chars[id.Prefix.Length] = '-';
            id.Hash.TryFormat(chars[(id.Prefix.Length + 1)..], out _, "x12", CultureInfo.InvariantCulture);
        });
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
