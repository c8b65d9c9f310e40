namespace NewsModel.Cli;

/// <summary>
/// An input read as it streams: counts the bytes read (for the progress bar) and stops at the first NUL byte, which
/// text never holds but UTF-16 and binary files do.
/// </summary>
internal sealed class TextInputStream(Stream inner) : Stream
{
    /// <summary>Gets how many bytes have been read.</summary>
    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Checked(buffer.AsSpan(offset, inner.Read(buffer, offset, count)));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        return Checked(buffer.Span[..read]);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Checked(ReadOnlySpan<byte> read)
    {
        if (read.Contains((byte)0))
        {
            throw new InvalidDataException("binary file (it holds NUL bytes); expected UTF-8 text.");
        }

        BytesRead += read.Length;
        return read.Length;
    }
}
