using System.Globalization;
using NewsModel.Domain;
using NewsModel.Extraction;
using NewsModel.Internal;
using NewsModel.Text;

namespace NewsModel.Tests.Extraction;

/// <summary>
/// Record ids hash the canonical form of an amount without building it as a string: the form written into the key must
/// stay exactly the one <see cref="Money.ToString"/> writes, or loan and package ids would change.
/// </summary>
public sealed class RecordIdTests
{
    public static TheoryData<string, string> Amounts => new()
    {
        { "0", "USD" },
        { "1", "USD" },
        { "730000000", "USD" },
        { "1.5", "EUR" },
        { "1.50", "EUR" },
        { "1500000000.0", "PKR" },
        { "0.000001", "JPY" },
        { "-12.75", "GBP" },
        { "79228162514264337593543950335", "XXX" },
        { "0.0000000000000000000000000001", "USD" },
        { "123456789.123456789", "KES" },
    };

    [Theory]
    [MemberData(nameof(Amounts))]
    public void Canonical_WritesWhatMoneyToStringWrites(string amount, string currency)
    {
        var money = new Money(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), new CurrencyCode(currency));
        Span<char> buffer = stackalloc char[64];

        Assert.Equal(money.ToString(), RecordBuilder.Canonical(money, buffer).ToString());
    }

    [Fact]
    public void Canonical_DefaultMoney_WritesWhatMoneyToStringWrites()
    {
        Span<char> buffer = stackalloc char[64];

        Assert.Equal(default(Money).ToString(), RecordBuilder.Canonical(default, buffer).ToString());
    }

    [Fact]
    public void StableId_MatchesTheReferenceHash_OnRandomKeys()
    {
        // Letters, digits, punctuation, runs of white space of several kinds, curly quotes and dashes, and other Unicode.
        const string Alphabet = "abcXYZ019 .,;-'\"\t\n\u00A0\u200B\u2018\u2019\u201C\u201D\u2013\u2014\u00E9\u00C9\u0130\u03A3\u4E2D\uD83D\uDE00~\u007F\u0080";
        var random = new Random(20261128);
        for (var n = 0; n < 2000; n++)
        {
            var parts = new string?[random.Next(1, 5)];
            for (var p = 0; p < parts.Length; p++)
            {
                var chars = new char[random.Next(0, 40)];
                for (var c = 0; c < chars.Length; c++)
                {
                    chars[c] = Alphabet[random.Next(Alphabet.Length)];
                }

                parts[p] = random.Next(10) == 0 ? null : new string(chars);
            }

            Assert.Equal(Reference("tst", "art-0123456789ab", parts), StableId.Create("tst", "art-0123456789ab", parts));
        }
    }

    /// <summary>The id algorithm as first written: FNV-1a over both bytes of each normalised character, one part at a time.</summary>
    private static string Reference(string prefix, string scope, string?[] parts)
    {
        var hash = AddChar(Add(14695981039346656037, scope), '\u001F');
        foreach (var part in parts)
        {
            hash = AddChar(Add(hash, part ?? ""), '\u001F');
        }

        return prefix + "-" + (hash & 0xFFFF_FFFF_FFFF).ToString("x12", CultureInfo.InvariantCulture);

        static ulong Add(ulong hash, string text)
        {
            bool pendingSpace = false, started = false;
            foreach (var raw in text)
            {
                if (TextChars.IsTrimmable(raw))
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
                hash = AddChar(hash, char.IsAscii(raw) ? (char.IsAsciiLetterUpper(raw) ? (char)(raw | 0x20) : raw) : raw switch
                {
                    '\u2018' or '\u2019' or '\u02BC' => '\'',
                    '\u201C' or '\u201D' => '"',
                    '\u2013' or '\u2014' or '\u2012' or '\u2212' => '-',
                    _ => char.ToLowerInvariant(raw),
                });
            }

            return hash;
        }

        static ulong AddChar(ulong hash, char c)
        {
            hash = (hash ^ (byte)c) * 1099511628211;
            return (hash ^ (byte)(c >> 8)) * 1099511628211;
        }
    }
}
