namespace NewsModel.Streaming;

/// <summary>Reads already decoded text from a <see cref="TextReader"/> a chunk at a time.</summary>
internal sealed class ReaderChunkedText(TextReader reader) : ChunkedText
{
    protected override async ValueTask<bool> ReadCoreAsync(CancellationToken cancellationToken)
    {
        Reserve(ChunkSize);
        var read = await reader.ReadAsync(Chars.AsMemory(Length, ChunkSize), cancellationToken).ConfigureAwait(false);
        Commit(read);
        return read > 0;
    }
}
