using System.Runtime.InteropServices;
using System.Text;
using NewsModel.Tests.Infrastructure;

namespace NewsModel.Fuzz;

/// <summary>
/// One fuzz input, three ways in: the raw bytes through <see cref="NewsParser.ParseUtf8"/>, the same bytes decoded
/// to a string through <see cref="NewsParser.Parse"/>, and the bytes read as UTF-16 so that lone surrogates and any
/// other code unit reach the string parser. Each document must keep every invariant in <see cref="DocumentInvariants"/>.
/// </summary>
internal static class FuzzTarget
{
    public static void Run(byte[] input)
    {
        Check("utf8", DocumentInvariants.Decoded(input), NewsParser.ParseUtf8(input));

        var text = Encoding.UTF8.GetString(input);
        Check("string", DocumentInvariants.Decoded(text), NewsParser.Parse(text));

        var utf16 = new string(MemoryMarshal.Cast<byte, char>(input.AsSpan(0, input.Length & ~1)));
        Check("utf16", DocumentInvariants.Decoded(utf16), NewsParser.Parse(utf16));
    }

    private static void Check(string way, string decoded, NewsDocument document)
    {
        if (DocumentInvariants.FindViolation(decoded, document) is { } violation)
        {
            throw new InvalidOperationException($"{way}: {violation}");
        }
    }
}
