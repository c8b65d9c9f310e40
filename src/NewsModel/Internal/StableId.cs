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

    // Two FNV steps in one: a character below U+0100 hashes its low byte and then a zero high byte, and
    // ((h ^ b) * Prime ^ 0) * Prime is (h ^ b) * Prime², so printable ASCII costs one multiply, not two.
    private const ulong PrimeSquared = unchecked(Prime * Prime);

    private const string HexDigits = "0123456789abcdef";

    public static string Create(string prefix, params ReadOnlySpan<string?> keyParts) => Create(prefix, OffsetBasis, keyParts);

    /// <summary>Like <see cref="Create(string, ReadOnlySpan{string?})"/>, with a scope (an article's id) hashed first.</summary>
    public static string Create(string prefix, string? scope, params ReadOnlySpan<string?> keyParts) =>
        Create(prefix, scope is null ? OffsetBasis : Scope(scope), keyParts);

    /// <summary>The hash of a scope, to give <see cref="Create(string, ulong, ReadOnlySpan{string?})"/> for each of its many ids.</summary>
    public static ulong Scope(string scope)
    {
        var key = new KeyHash(OffsetBasis);
        key.Part(scope);
        return key.Value;
    }

    /// <summary>Like <see cref="Create(string, string?, ReadOnlySpan{string?})"/>, with the scope already hashed by <see cref="Scope"/>.</summary>
    public static string Create(string prefix, ulong scope, params ReadOnlySpan<string?> keyParts)
    {
        var key = new KeyHash(scope);
        foreach (var part in keyParts)
        {
            key.Part(part.AsSpan());
        }

        return key.ToId(prefix);
    }

    /// <summary>"prefix-" and 12 hex digits of the hash, written straight into the string.</summary>
    private static string Format(string prefix, ulong hash) =>
        string.Create(prefix.Length + 13, (Prefix: prefix, Hash: hash & 0xFFFF_FFFF_FFFF), static (chars, id) =>
        {
            id.Prefix.CopyTo(chars);
            chars[id.Prefix.Length] = '-';

            // The 48-bit hash as exactly 12 lower-case hex digits, as the "x12" format writes it.
            var rest = id.Hash;
            for (var i = chars.Length - 1; i > id.Prefix.Length; i--)
            {
                chars[i] = HexDigits[(int)(rest & 0xF)];
                rest >>= 4;
            }
        });

    private static char AsciiLower(char c) => char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;

    private static char Normalize(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u02BC' => '\'',
        '\u201C' or '\u201D' => '"',
        '\u2013' or '\u2014' or '\u2012' or '\u2212' => '-',
        _ => InvariantCase.LowerNonAscii(c),
    };

    private static ulong AddChar(ulong hash, char c)
    {
        hash = (hash ^ (byte)c) * Prime;
        return (hash ^ (byte)(c >> 8)) * Prime;
    }

    /// <summary>
    /// A key being hashed part by part, the way <see cref="Create(string, ulong, ReadOnlySpan{string?})"/> hashes its
    /// parts, for callers whose parts are not strings yet (a number, an enum name, names joined by <c>|</c>): a part
    /// may be given in pieces, and hashes as their concatenation would.
    /// </summary>
    internal struct KeyHash(ulong scope)
    {
        private ulong _hash = scope;
        private bool _pendingSpace;
        private bool _started;

        /// <summary>Adds text to the current part: white space runs collapse and the part is trimmed, across pieces.</summary>
        public void Append(ReadOnlySpan<char> text)
        {
            var hash = _hash;
            var pendingSpace = _pendingSpace;
            var started = _started;
            foreach (var raw in text)
            {
                // Printable ASCII other than the space, most characters: never white space, lowered in place, one byte wide.
                if (raw - (uint)'!' <= '~' - '!')
                {
                    if (pendingSpace)
                    {
                        hash = (hash ^ ' ') * PrimeSquared;
                        pendingSpace = false;
                    }

                    started = true;
                    hash = (hash ^ AsciiLower(raw)) * PrimeSquared;
                    continue;
                }

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

            _hash = hash;
            _pendingSpace = pendingSpace;
            _started = started;
        }

        /// <summary>Ends the current part.</summary>
        public void EndPart()
        {
            _hash = AddChar(_hash, '\u001F');
            _pendingSpace = false;
            _started = false;
        }

        /// <summary>Adds a whole part: <see cref="Append"/>, then <see cref="EndPart"/>.</summary>
        public void Part(ReadOnlySpan<char> text)
        {
            Append(text);
            EndPart();
        }

        /// <summary>Gets the hash of the parts so far.</summary>
        public readonly ulong Value => _hash;

        /// <summary>The id of the parts so far: the prefix, <c>-</c> and 12 hex digits.</summary>
        public readonly string ToId(string prefix) => Format(prefix, _hash);
    }
}
