using System.Runtime.CompilerServices;
using NewsModel.Domain;
using NewsModel.Extraction;
using NewsModel.Layout;
using NewsModel.Text;

namespace NewsModel.Streaming;

/// <summary>
/// Parses a stream one window at a time: reads a chunk, cuts off the articles whose regions are complete, runs the
/// pipeline over them and yields them, and keeps the rest of the text for the next window.
/// </summary>
/// <remarks>
/// <para>
/// A region is complete once the next article's header and the line after it have been read (see
/// <see cref="LayoutParser.ParseWindow"/>), so the text held is about one article plus one chunk, whatever the size
/// of the input. An input with no header at all is one article, and is held whole.
/// </para>
/// <para>
/// Each window is parsed as if alone, then its spans are moved to their place in the whole input
/// (<see cref="SpanShift"/>); articles and their record ids equal those of <see cref="NewsParser.Parse"/> on the whole
/// text, as ids are made from content, never from position.
/// </para>
/// </remarks>
internal sealed class ArticleStream(ChunkedText text, NewsPipeline pipeline, string? source, int maxDegreeOfParallelism)
{
    private readonly LayoutWindow _window = new();

    // Absolute line number, less one, of the first line held.
    private int _linesBefore;

    // How much of the held text the last window that cut nothing examined; a new window waits for it to grow enough.
    private int _examined;

    // How much of the held text is known to be whole lines.
    private int _completeLines;

    public async IAsyncEnumerable<Article> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using (text)
        {
            if (maxDegreeOfParallelism <= 1)
            {
                await foreach (var batch in BatchesAsync(cancellationToken).ConfigureAwait(false))
                {
                    foreach (var article in batch.Extract(pipeline))
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        yield return Checked(article);
                    }
                }

                yield break;
            }

            // Extraction runs on the thread pool, at most twice as many batches in flight as workers, so memory stays
            // bounded; batches are awaited in input order, so the output order is the input order.
            var inFlight = new Queue<Task<Article[]>>();
            await foreach (var batch in BatchesAsync(cancellationToken).ConfigureAwait(false))
            {
                inFlight.Enqueue(Task.Run(() => batch.Extract(pipeline), CancellationToken.None));
                while (inFlight.Count >= 2 * maxDegreeOfParallelism || (inFlight.Count > 0 && inFlight.Peek().IsCompleted))
                {
                    foreach (var article in await inFlight.Dequeue().ConfigureAwait(false))
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        yield return Checked(article);
                    }
                }
            }

            while (inFlight.Count > 0)
            {
                foreach (var article in await inFlight.Dequeue().ConfigureAwait(false))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    yield return Checked(article);
                }
            }
        }
    }

    private async IAsyncEnumerable<Batch> BatchesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var more = true;
        while (more)
        {
            more = await text.ReadAsync(cancellationToken).ConfigureAwait(false);
            var length = more ? CompleteLines() : text.Length;

            // Parsing a window costs its length, so a window that cut nothing is tried again only once the text has
            // grown by an eighth: a long article costs a constant factor more, never the square of its length.
            if (length == 0 || (more && length - _examined < Math.Max(1 << 14, _examined / 8)))
            {
                continue;
            }

            if (TryCut(length, isFinal: !more) is { } batch)
            {
                yield return batch;
            }
        }
    }

    private Batch? TryCut(int length, bool isFinal)
    {
        var windowText = new string(text.Chars, 0, length);
        var invalidUtf8 = new List<int>();
        foreach (var index in text.InvalidUtf8)
        {
            if (index - text.Offset >= length)
            {
                break;
            }

            invalidUtf8.Add((int)(index - text.Offset));
        }

        var sourceText = SourceText.FromDecoded(windowText, invalidUtf8);
        var result = LayoutParser.ParseWindow(sourceText, source, _window, isFinal);
        var articles = result.Result.Articles;
        if (articles.Count == 0)
        {
            _examined = length;
            return null;
        }

        var shift = new SpanShift((int)text.Offset, _linesBefore);
        var consumed = result.KeepFrom < sourceText.Lines.Length ? sourceText.Lines[result.KeepFrom].Start : length;
        text.Discard(consumed);
        _completeLines = Math.Max(_completeLines - consumed, 0);
        _linesBefore += result.KeepFrom;
        _examined = 0;
        return new Batch(windowText, articles, shift);
    }

    /// <summary>The length of the held text up to the end of its last complete line.</summary>
    /// <remarks>Only text added since the last call is searched, so a line of any length costs one pass.</remarks>
    private int CompleteLines()
    {
        var fresh = text.Chars.AsSpan(_completeLines, text.Length - _completeLines);
        var last = fresh.LastIndexOfAny('\r', '\n');

        // A CR at the very end may be the first half of a CRLF.
        if (last >= 0 && last == fresh.Length - 1 && fresh[last] == '\r')
        {
            last = fresh[..last].LastIndexOfAny('\r', '\n');
        }

        _completeLines += last + 1;
        return _completeLines;
    }

    private Article Checked(Article article)
    {
        if (pipeline.Options.Strict)
        {
            foreach (var diagnostic in article.Diagnostics.OrderBy(d => d.Span.Start))
            {
                if (diagnostic.Severity == DiagnosticSeverity.Error)
                {
                    throw new NewsParseException(diagnostic, new NewsDocument { Source = source, Articles = [article] });
                }
            }
        }

        return article;
    }

    /// <summary>The complete articles of one window, their layout read, with the text their spans index.</summary>
    private sealed class Batch(string text, List<Article> articles, SpanShift shift)
    {
        public Article[] Extract(NewsPipeline pipeline)
        {
            // The per-article limits hold as in NewsParser.Parse; MaxArticlesPerText counts one window's articles, and a
            // stream yields them one at a time, so it bounds nothing here.
            var extracted = ExtractionLimits.Run(text, articles, pipeline);
            var result = new Article[extracted.Length];
            for (var i = 0; i < result.Length; i++)
            {
                result[i] = shift.Apply(extracted[i]);
            }

            return result;
        }
    }
}
