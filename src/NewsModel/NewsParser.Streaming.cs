using System.Runtime.CompilerServices;
using NewsModel.Domain;
using NewsModel.Streaming;

namespace NewsModel;

/// <summary>Streaming: articles read from a stream one at a time, in constant memory.</summary>
public static partial class NewsParser
{
    /// <summary>
    /// Parses a UTF-8 stream article by article, reading it a chunk at a time: each article is yielded as soon as the
    /// next one's header has been read, and the text held is about one article plus 64 KB, whatever the input's size.
    /// </summary>
    /// <param name="utf8Text">The encoded text, read to its end but not closed; it need not be seekable. A leading byte order mark is ignored, and invalid byte sequences become U+FFFD with a diagnostic, as in <see cref="ParseUtf8"/>.</param>
    /// <param name="pipeline">The pipeline to use; <see cref="NewsPipeline.Default"/> when null.</param>
    /// <param name="source">Where the text came from, recorded on each article; null when unknown.</param>
    /// <param name="options">How to read; <see cref="NewsStreamOptions.Default"/> (sequential) when null.</param>
    /// <param name="cancellationToken">Stops the parse: checked before each read and before each article is yielded.</param>
    /// <returns>
    /// The articles in input order, each equal to the one <see cref="ParseUtf8"/> returns for the whole input: the same
    /// ids, fields and diagnostics, and spans, lines and columns counted from the start of the stream.
    /// </returns>
    /// <remarks>
    /// <para>
    /// Diagnostics go to the article whose region holds them, as in <see cref="Parse"/>; only an input with no article
    /// at all (blank lines only) has diagnostics that belong to none, and the stream, which yields articles only, does
    /// not report them: use <see cref="Parse"/> to see them.
    /// </para>
    /// <para>
    /// With a strict pipeline, the articles before the first error are yielded, then <see cref="NewsParseException"/>
    /// is thrown; its document holds the article with the error. An input with no header at all is one article and is
    /// held whole.
    /// </para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Text"/> is null (thrown at the call, not on enumeration).</exception>
    /// <exception cref="ArgumentException"><paramref name="source"/> is empty or blank, or <paramref name="utf8Text"/> cannot be read.</exception>
    /// <exception cref="OperationCanceledException">On enumeration: <paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="InvalidDataException">On enumeration: the text passes 2,147,483,647 UTF-16 code units, past what a span can address.</exception>
    public static IAsyncEnumerable<Article> ParseAsync(
        Stream utf8Text,
        NewsPipeline? pipeline = null,
        string? source = null,
        NewsStreamOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Text);
        if (!utf8Text.CanRead)
        {
            throw new ArgumentException("The stream cannot be read.", nameof(utf8Text));
        }

        RequireSourceName(source);
        return Stream(() => new Utf8ChunkedText(utf8Text), pipeline, source, options, cancellationToken);
    }

    /// <summary>Parses decoded text from a reader article by article, as <see cref="ParseAsync(Stream, NewsPipeline?, string?, NewsStreamOptions?, CancellationToken)"/> does a stream.</summary>
    /// <param name="reader">The text, read to its end but not closed. A leading U+FEFF is ignored, as in <see cref="Parse"/>.</param>
    /// <param name="pipeline">The pipeline to use; <see cref="NewsPipeline.Default"/> when null.</param>
    /// <param name="source">Where the text came from, recorded on each article; null when unknown.</param>
    /// <param name="options">How to read; <see cref="NewsStreamOptions.Default"/> (sequential) when null.</param>
    /// <param name="cancellationToken">Stops the parse: checked before each read and before each article is yielded.</param>
    /// <returns>The articles in input order, each equal to the one <see cref="Parse"/> returns for the whole text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null (thrown at the call, not on enumeration).</exception>
    /// <exception cref="ArgumentException"><paramref name="source"/> is empty or blank.</exception>
    /// <exception cref="OperationCanceledException">On enumeration: <paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="InvalidDataException">On enumeration: the text passes 2,147,483,647 UTF-16 code units, past what a span can address.</exception>
    public static IAsyncEnumerable<Article> ParseAsync(
        TextReader reader,
        NewsPipeline? pipeline = null,
        string? source = null,
        NewsStreamOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        RequireSourceName(source);
        return Stream(() => new ReaderChunkedText(reader), pipeline, source, options, cancellationToken);
    }

    /// <summary>The enumeration: nothing is read, and no buffer rented, until the first article is asked for.</summary>
    private static async IAsyncEnumerable<Article> Stream(
        Func<ChunkedText> open,
        NewsPipeline? pipeline,
        string? source,
        NewsStreamOptions? options,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var stream = new ArticleStream(open(), pipeline ?? NewsPipeline.Default, source, (options ?? NewsStreamOptions.Default).MaxDegreeOfParallelism);
        await foreach (var article in stream.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return article;
        }
    }
}
