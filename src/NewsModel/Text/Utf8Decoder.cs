using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace NewsModel.Text;

/// <summary>
/// Decodes UTF-8 bytes, replacing each invalid sequence with U+FFFD and remembering where, so the parser can report
/// <see cref="DiagnosticCodes.InvalidUtf8"/> at the right line and column. A leading byte order mark is dropped.
/// </summary>
internal static class Utf8Decoder
{
    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    /// <param name="bytes">The encoded text.</param>
    /// <param name="replaced">Receives the index, in the decoded text, of every U+FFFD that stands for invalid bytes.</param>
    public static string Decode(ReadOnlySpan<byte> bytes, List<int> replaced)
    {
        if (bytes.StartsWith(Bom))
        {
            bytes = bytes[Bom.Length..];
        }

        // Valid text, the common case, decodes in one vectorised call.
        if (Utf8.IsValid(bytes))
        {
            return Encoding.UTF8.GetString(bytes);
        }

        var builder = new StringBuilder(bytes.Length);
        Span<char> pair = stackalloc char[2];
        while (!bytes.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(bytes, out var rune, out var consumed);
            if (status == OperationStatus.Done)
            {
                builder.Append(pair[..rune.EncodeToUtf16(pair)]);
            }
            else
            {
                replaced.Add(builder.Length);
                builder.Append('\uFFFD');
            }

            bytes = bytes[consumed..];
        }

        return builder.ToString();
    }
}
