using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace NewsModel.Streaming;

/// <summary>
/// Decodes a UTF-8 stream a chunk at a time, exactly as <see cref="Text.Utf8Decoder"/> decodes the whole input: a
/// leading byte order mark is dropped and each invalid sequence becomes one U+FFFD, also when the sequence is split
/// between two reads.
/// </summary>
internal sealed class Utf8ChunkedText(Stream stream) : ChunkedText
{
    private byte[] _bytes = ArrayPool<byte>.Shared.Rent(ChunkSize);

    // Bytes read but not yet decoded: an incomplete sequence at the end of the last read.
    private int _pending;
    private bool _checkedBom;

    protected override async ValueTask<bool> ReadCoreAsync(CancellationToken cancellationToken)
    {
        var read = await stream.ReadAsync(_bytes.AsMemory(_pending), cancellationToken).ConfigureAwait(false);
        var isFinal = read == 0;
        var bytes = _bytes.AsSpan(0, _pending + read);
        if (!_checkedBom && (bytes.Length >= 3 || isFinal))
        {
            _checkedBom = true;
            if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                bytes = bytes[3..];
                ByteOrderMarkRemoved = true;
            }
        }
        else if (!_checkedBom)
        {
            // Fewer than three bytes so far: keep them until a BOM can be told from text.
            _pending = bytes.Length;
            return true;
        }

        var used = Decode(bytes, isFinal);
        var rest = bytes[used..];
        rest.CopyTo(_bytes);
        _pending = rest.Length;
        return !isFinal;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _bytes.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_bytes);
            _bytes = [];
        }

        base.Dispose(disposing);
    }

    /// <returns>How many bytes were decoded; the rest start an incomplete sequence.</returns>
    private int Decode(ReadOnlySpan<byte> bytes, bool isFinal)
    {
        // A UTF-8 byte never makes more than one UTF-16 code unit.
        var chars = Reserve(bytes.Length);
        var used = 0;
        var written = 0;
        while (used < bytes.Length)
        {
            var status = Utf8.ToUtf16(bytes[used..], chars[written..], out var read, out var count, replaceInvalidSequences: false, isFinalBlock: isFinal);
            used += read;
            written += count;
            if (status == OperationStatus.Done || (status == OperationStatus.NeedMoreData && !isFinal))
            {
                break;
            }

            // Invalid bytes, or an incomplete sequence at the very end: one U+FFFD for as many bytes as the in-memory
            // decoder takes for it.
            Rune.DecodeFromUtf8(bytes[used..], out _, out var invalid);
            AddInvalidUtf8(Length + written);
            chars[written++] = '\uFFFD';
            used += invalid;
        }

        Commit(written);
        return used;
    }
}
