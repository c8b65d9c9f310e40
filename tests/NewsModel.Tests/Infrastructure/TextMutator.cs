using System.Text;

namespace NewsModel.Tests.Infrastructure;

/// <summary>One mutated input: text for <see cref="NewsParser.Parse"/>, or bytes for <see cref="NewsParser.ParseUtf8"/>, and what was done to it.</summary>
internal sealed record MutatedInput(string? Text, byte[]? Bytes, string Operations);

/// <summary>
/// Mutates article text the way copied pages go wrong: lines shuffled, dropped, doubled or cut; header stamps
/// repeated; bullets and quotes where none belong; control, invisible and direction characters; lone surrogates;
/// mixed line endings; and, at the byte level, flipped bits and truncation inside a UTF-8 sequence.
/// </summary>
/// <remarks>Deterministic: the same source and the same <see cref="Random"/> seed give the same input.</remarks>
internal static class TextMutator
{
    private static readonly string[] s_headerLines =
        ["Updated 07 July 2025", "Short Url", "Follow", "Published 01 January 2024", "Updated 31 February 2025", "Updated", "Published 07 July 2025 Updated 08 July 2025"];

    private static readonly string[] s_bullets = ["• ", "  • ", "- ", "* ", "· ", "•"];

    private static readonly string[] s_quotes = ["“", "”", "‘", "’", "\"", "'", "«", "»", "“““", "”\""];

    private static readonly string[] s_oddChars =
        ["\0", "\u0001", "\u0007", "\u001B", "\u007F", "\u0085", "\u2028", "\u2029", "\r", "\n", "\r\n", "\uFEFF", "\u200B", "\u200F", "\u202E", "\u2066", "\t", "\u00A0", "\uD800", "\uDC00", "\uFFFD", "\uD83D\uDE00"];

    private static readonly string[] s_numbers = ["$", "$1", "Rs", "€", "1,000,000,000", "0.5", "million", "billion", "trillion", "99999999999999999999999999999999", "2025", "31", "July", "Dec."];

    /// <summary>Applies one to three mutations to <paramref name="source"/>.</summary>
    public static MutatedInput Mutate(string source, Random random)
    {
        // Small inputs keep 20,000 parses quick: half the time the whole article, else a window of up to 24 lines.
        var lines = source.Split('\n').ToList();
        var operations = new List<string>();
        if (random.Next(2) == 0 && lines.Count > 24)
        {
            var start = random.Next(lines.Count - 24);
            lines = lines.GetRange(start, random.Next(1, 25));
            operations.Add($"lines {start + 1}..{start + lines.Count}");
        }


        var count = random.Next(1, 4);
        for (var k = 0; k < count; k++)
        {
            operations.Add(MutateLines(lines, random));
        }

        var text = string.Join('\n', lines);

        // A quarter of the inputs go in as bytes, damaged below the level of characters.
        if (random.Next(4) != 0)
        {
            return new MutatedInput(text, null, string.Join(", ", operations));
        }

        var bytes = Encoding.UTF8.GetBytes(text);
        operations.Add(MutateBytes(ref bytes, random));
        return new MutatedInput(null, bytes, string.Join(", ", operations));
    }

    private static string MutateLines(List<string> lines, Random random)
    {
        if (lines.Count == 0)
        {
            lines.Add("");
        }

        var at = random.Next(lines.Count);
        switch (random.Next(11))
        {
            case 0:
                var other = random.Next(lines.Count);
                (lines[at], lines[other]) = (lines[other], lines[at]);
                return $"swap lines {at + 1} and {other + 1}";
            case 1:
                random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(lines));
                return "shuffle all lines";
            case 2:
                lines.RemoveRange(at, lines.Count - at);
                lines.Add("");
                return $"truncate before line {at + 1}";
            case 3:
                var header = random.GetItems(s_headerLines, 1)[0];
                var times = random.Next(1, 4);
                lines.InsertRange(at, Enumerable.Repeat(header, times));
                return $"insert '{header}' x{times} at line {at + 1}";
            case 4:
                lines.Insert(at, lines[random.Next(lines.Count)]);
                return $"duplicate a line at {at + 1}";
            case 5:
                lines.RemoveAt(at);
                return $"delete line {at + 1}";
            case 6:
                lines[at] = random.GetItems(s_bullets, 1)[0] + lines[at];
                return $"bullet on line {at + 1}";
            case 7:
                lines[at] = Insert(lines[at], random.GetItems(s_quotes, 1)[0], random);
                return $"quote in line {at + 1}";
            case 8:
                var odd = random.GetItems(s_oddChars, 1)[0];
                lines[at] = Insert(lines[at], odd, random);
                return $"U+{(int)odd[0]:X4} in line {at + 1}";
            case 9:
                lines[at] = Insert(lines[at], random.GetItems(s_numbers, 1)[0], random);
                return $"number in line {at + 1}";
            default:
                lines[at] = lines[at].Length == 0 ? "\r" : lines[at] + "\r";
                return $"CR ending on line {at + 1}";
        }
    }

    private static string MutateBytes(ref byte[] bytes, Random random)
    {
        if (bytes.Length == 0)
        {
            bytes = [0xC3];
            return "a lone lead byte";
        }

        var at = random.Next(bytes.Length);
        switch (random.Next(3))
        {
            case 0:
                var flips = random.Next(1, 9);
                for (var k = 0; k < flips; k++)
                {
                    bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                }

                return $"{flips} bit flips";
            case 1:
                bytes = bytes[..at];
                return $"truncate at byte {at}";
            default:
                bytes[at] = (byte)random.Next(0x80, 0x100);
                return $"byte 0x{bytes[at]:X2} at {at}";
        }
    }

    private static string Insert(string line, string value, Random random) => line.Insert(random.Next(line.Length + 1), value);
}
