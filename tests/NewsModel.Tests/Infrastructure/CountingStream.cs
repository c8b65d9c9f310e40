namespace NewsModel.Tests.Infrastructure;

/// <summary>
/// A read-only stream over bytes that cannot seek (as a pipe cannot), counts what it hands out, can cap each read (to
/// split the input at awkward places) and can run an action once a number of bytes has been read.
/// </summary>
internal sealed class CountingStream(byte[] bytes, int maxReadSize = int.MaxValue) : MemoryStream(bytes, writable: false)
{
    /// <summary>Gets how many bytes have been read.</summary>
    public long BytesRead { get; private set; }

    /// <summary>Gets or sets an action run once, by the first read that takes the count to <see cref="TriggerAt"/> or past it.</summary>
    public Action? Trigger { get; set; }

    /// <summary>Gets or sets the byte count that runs <see cref="Trigger"/>.</summary>
    public long TriggerAt { get; set; } = long.MaxValue;

    public override bool CanSeek => false;

    public override int Read(byte[] buffer, int offset, int count)
    {
        var read = base.Read(buffer, offset, Math.Min(count, maxReadSize));
        BytesRead += read;
        if (BytesRead >= TriggerAt && Trigger is { } trigger)
        {
            Trigger = null;
            trigger();
        }

        return read;
    }

    public override int Read(Span<byte> buffer)
    {
        var chunk = new byte[Math.Min(buffer.Length, maxReadSize)];
        var read = Read(chunk, 0, chunk.Length);
        chunk.AsSpan(0, read).CopyTo(buffer);
        return read;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer, offset, count));
}
