using System.Collections.Frozen;
using System.Numerics;
using System.Text;

namespace NewsModel.Vocabulary;

/// <summary>
/// A read-only map from words to values that ignores case exactly as <see cref="StringComparison.OrdinalIgnoreCase"/>
/// does, made for a lookup per token: an all-ASCII word — nearly every word of an English article — is hashed and
/// compared inline in one open-addressed table; any other word goes to a frozen dictionary with the ordinal
/// ignore-case comparer itself.
/// </summary>
/// <remarks>
/// A frozen dictionary whose keys are not all ASCII hashes every lookup with the full Unicode case mapping, which costs
/// more than the rest of tokenising a word. The ASCII table holds every key that equals some all-ASCII word ignoring
/// case — the ASCII keys, and any other key whose every non-ASCII character equals an ASCII letter ignoring case — so
/// both paths give the answers of one ordinal ignore-case dictionary. Built once, then only read: thread-safe.
/// </remarks>
internal sealed class CaseInsensitiveWordMap<TValue>
{
    private const uint FilterBits = 1 << 16;

    // The slots of the ASCII table, key, hash and value side by side so that a probe reads one cache line; and a bit per
    // hash value of the low bits, so that a word no key has (most words) is turned away by one read of a small array.
    private readonly Entry[] _entries;
    private readonly int _mask;
    private readonly ulong[] _filter;
    private readonly FrozenDictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _other;

    /// <param name="entries">The entries; keys equal ignoring case must already be merged, as a dictionary with <see cref="StringComparer.OrdinalIgnoreCase"/> has them.</param>
    public CaseInsensitiveWordMap(IReadOnlyDictionary<string, TValue> entries)
    {
        _other = entries.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        var size = 16;
        while (size < entries.Count * 2)
        {
            size *= 2;
        }

        _entries = new Entry[size];
        _mask = size - 1;
        _filter = new ulong[FilterBits / 64];
        foreach (var (key, value) in entries)
        {
            if (AsciiForm(key) is not { } ascii)
            {
                continue;
            }

            var hash = Hash(ascii);
            var slot = (int)(hash & (uint)_mask);
            while (_entries[slot].Key is not null)
            {
                slot = (slot + 1) & _mask;
            }

            _entries[slot] = new Entry(ascii, hash, value);
            _filter[(hash >> 16) % FilterBits / 64] |= 1UL << (int)((hash >> 16) % 64);
        }
    }

    public bool TryGetValue(ReadOnlySpan<char> word, out TValue value)
    {
        // One rotate and xor per character (no multiply in the chain), with the ASCII test left to the end: a letter's
        // two cases differ only in 0x20, so (c | 0x20) hashes them alike.
        var hash = (uint)word.Length;
        var any = 0u;
        foreach (var c in word)
        {
            any |= c;
            hash = BitOperations.RotateLeft(hash, 5) ^ (c | 0x20u);
        }

        if (any >= 0x80)
        {
            return _other.TryGetValue(word, out value!);
        }

        hash = Mix(hash);
        if ((_filter[(hash >> 16) % FilterBits / 64] & (1UL << (int)((hash >> 16) % 64))) != 0)
        {
            for (var slot = (int)(hash & (uint)_mask); _entries[slot].Key is { } key; slot = (slot + 1) & _mask)
            {
                ref readonly var entry = ref _entries[slot];
                if (entry.Hash == hash && key.Length == word.Length && Ascii.EqualsIgnoreCase(word, key))
                {
                    value = entry.Value;
                    return true;
                }
            }
        }

        value = default!;
        return false;
    }

    /// <summary>
    /// The all-ASCII upper-case word that equals <paramref name="key"/> ignoring case, or null when no all-ASCII word
    /// does (a character without an ASCII equivalent, such as <c>é</c> or a surrogate).
    /// </summary>
    private static string? AsciiForm(string key)
    {
        var chars = new char[key.Length];
        for (var i = 0; i < key.Length; i++)
        {
            var c = key[i];
            if (c < 0x80)
            {
                chars[i] = char.IsAsciiLetterLower(c) ? (char)(c - 32) : c;
                continue;
            }

            // Only a letter can equal another character ignoring case ("K" for the Kelvin sign, in some tables).
            var match = '\0';
            for (var letter = 'A'; letter <= 'Z'; letter++)
            {
                if (string.Equals(c.ToString(), letter.ToString(), StringComparison.OrdinalIgnoreCase))
                {
                    match = letter;
                }
            }

            if (match == '\0')
            {
                return null;
            }

            chars[i] = match;
        }

        return new string(chars);
    }

    private static uint Hash(string upper)
    {
        var hash = (uint)upper.Length;
        foreach (var c in upper)
        {
            hash = BitOperations.RotateLeft(hash, 5) ^ (c | 0x20u);
        }

        return Mix(hash);
    }

    private static uint Mix(uint hash)
    {
        hash *= 0x9E3779B1;
        hash ^= hash >> 15;
        hash *= 0x2C1B3C6D;
        return hash ^ (hash >> 13);
    }

    private readonly record struct Entry(string? Key, uint Hash, TValue Value);
}
