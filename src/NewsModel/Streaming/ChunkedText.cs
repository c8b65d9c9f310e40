using System.Buffers;

namespace NewsModel.Streaming;

/// <summary>
/// Decoded text read from a stream a chunk at a time, kept from the first character not yet parsed: the stream's
/// window onto the input.
/// </summary>
/// <remarks>
/// The buffer is rented and grows only when one window must hold more text (an article longer than the buffer);
/// parsed text is discarded from the front. Positions are absolute: <see cref="Offset"/> is the index, in the whole
/// decoded text, of the first character held.
/// </remarks>
internal abstract class ChunkedText : IDisposable
{
    /// <summary>How many characters one read asks for.</summary>
    protected const int ChunkSize = 1 << 16;

    private char[] _chars = ArrayPool<char>.Shared.Rent(4 * ChunkSize);
    private bool _atStart = true;

    /// <summary>Gets or sets whether the encoded byte order mark was already removed, so a leading U+FEFF is text.</summary>
    protected bool ByteOrderMarkRemoved { get; set; }

    /// <summary>Gets the characters held; the first <see cref="Length"/> are text.</summary>
    public char[] Chars => _chars;

    /// <summary>Gets how many characters are held.</summary>
    public int Length { get; private set; }

    /// <summary>Gets the absolute index of the first character held.</summary>
    public long Offset { get; private set; }

    /// <summary>Gets the absolute index of every U+FFFD that stands for invalid UTF-8 in the text held, in order.</summary>
    public Queue<long> InvalidUtf8 { get; } = new();

    /// <summary>Reads and decodes the next chunk onto the end of the text.</summary>
    /// <returns>False at the end of the input, when nothing more was added.</returns>
    public async ValueTask<bool> ReadAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var before = Length;
        var more = await ReadCoreAsync(cancellationToken).ConfigureAwait(false);
        if (_atStart && Length > before)
        {
            // A byte order mark is not part of the decoded text (as in NewsParser.Parse); nothing is held before it.
            // After an encoded mark, a second U+FEFF is text, as NewsParser.ParseUtf8 keeps it.
            _atStart = false;
            if (!ByteOrderMarkRemoved && _chars[0] == '\uFEFF')
            {
                Discard(1, countsAsText: false);
            }
        }

        return more;
    }

    /// <summary>Drops the first <paramref name="count"/> characters, which have been parsed.</summary>
    public void Discard(int count) => Discard(count, countsAsText: true);

    /// <summary>Makes room for <paramref name="count"/> more characters and returns where they go.</summary>
    protected Span<char> Reserve(int count)
    {
        if (_chars.Length - Length < count)
        {
            var larger = ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, Length + count));
            _chars.AsSpan(0, Length).CopyTo(larger);
            ArrayPool<char>.Shared.Return(_chars);
            _chars = larger;
        }

        return _chars.AsSpan(Length, count);
    }

    /// <summary>Marks <paramref name="count"/> reserved characters as text.</summary>
    protected void Commit(int count)
    {
        if (Offset + Length + count > int.MaxValue)
        {
            throw new InvalidDataException("The input decodes to more than 2,147,483,647 UTF-16 code units, more than a span can address.");
        }

        Length += count;
    }

    /// <summary>Records that the character about to be committed at <paramref name="index"/> (relative to what is held) replaces invalid UTF-8.</summary>
    protected void AddInvalidUtf8(int index) => InvalidUtf8.Enqueue(Offset + index);

    /// <summary>Reads the next chunk with <see cref="Reserve"/> and <see cref="Commit"/>.</summary>
    /// <returns>False at the end of the input.</returns>
    protected abstract ValueTask<bool> ReadCoreAsync(CancellationToken cancellationToken);

    /// <inheritdoc/>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Returns the rented buffers.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing && _chars.Length > 0)
        {
            ArrayPool<char>.Shared.Return(_chars);
            _chars = [];
        }
    }

    private void Discard(int count, bool countsAsText)
    {
        _chars.AsSpan(count, Length - count).CopyTo(_chars);
        Length -= count;
        if (countsAsText)
        {
            Offset += count;
        }
        else
        {
            // A dropped BOM: the indexes recorded so far were counted with it.
            var shifted = InvalidUtf8.Select(i => i - count).ToArray();
            InvalidUtf8.Clear();
            foreach (var index in shifted)
            {
                InvalidUtf8.Enqueue(index);
            }
        }

        while (InvalidUtf8.Count > 0 && InvalidUtf8.Peek() < Offset)
        {
            InvalidUtf8.Dequeue();
        }
    }
}
