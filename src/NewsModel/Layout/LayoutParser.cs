using System.Runtime.InteropServices;
using NewsModel.Domain;
using NewsModel.Text;

namespace NewsModel.Layout;

/// <summary>
/// Stage 1: splits a source text into articles and reads each article's layout — headline, photo caption,
/// <c>Short Url</c>, stamps, <c>Follow</c>, highlights, dateline and paragraphs.
/// </summary>
/// <remarks>
/// <para>
/// The anchor of an article is its header: a run of <c>Short Url</c>, stamp and <c>Follow</c> lines. The headline is
/// the line before the header that the first line after it repeats; lines between the headline and the header are
/// the caption. When the headline is not repeated, the line before the header is the headline (with a caption
/// before the header when it reads like one) and a diagnostic says so.
/// </para>
/// <para>
/// Every non-blank line ends up in exactly one element; a line that fits none becomes an <c>unplaced</c> paragraph
/// with a diagnostic. The work is linear: each line is classified once, and each header looks back at most a few
/// lines.
/// </para>
/// </remarks>
internal sealed partial class LayoutParser
{
    /// <summary>How many non-blank lines before a header may hold its headline and caption.</summary>
    private const int MaxLookBack = 3;

    private readonly string _text;
    private readonly bool _byteOrderMark;
    private readonly LayoutLines _lines;
    private readonly List<Diagnostic> _diagnostics;
    private readonly List<StampPart> _stampParts = [];
    private readonly List<int> _bodyLines = [];

    // Reused for each article (a parser serves one parse on one thread); each article copies out exact-size arrays.
    private readonly List<Evidence> _evidence = [];
    private readonly List<Paragraph> _paragraphs = [];
    private readonly List<Highlight> _highlights = [];
    private readonly List<(int Start, int Length)> _datelinePlaces = [];

    /// <summary>The first line of the article being built; the trivia of a line never reaches above it.</summary>
    private int _regionStart;

    private LayoutParser(SourceText source)
    {
        _text = source.Text;
        _byteOrderMark = source.ByteOrderMark;
        _lines = Classify(source);
        _diagnostics = [.. source.Diagnostics];
    }

    public static LayoutResult Parse(SourceText source, string? sourceName)
    {
        var parser = new LayoutParser(source);
        return parser.Run(sourceName);
    }

    private LayoutResult Run(string? sourceName) => Run(sourceName, new LayoutWindow(), isFinal: true).Result;

    /// <summary>
    /// Reads the articles of <paramref name="window"/>'s text. Unless the text is final, only articles whose region is
    /// complete are built: a region ends where the next article's head starts, and a head counts only once a line
    /// after its header has been read.
    /// </summary>
    private LayoutWindowResult Run(string? sourceName, LayoutWindow window, bool isFinal)
    {
        var heads = FindHeads(window.ScanFrom, window.HadHead, isFinal);
        var built = isFinal ? heads.Count : Math.Max(heads.Count - 1, 0);
        var keepFrom = built == heads.Count ? _lines.Length : heads[built].FirstLine;
        var articles = new List<PendingArticle>(built);
        var regionStarts = new List<int>(built);
        var ids = window.ArticleIds;
        for (var k = 0; k < built; k++)
        {
            var regionStart = k == 0 ? 0 : heads[k].FirstLine;
            var regionEnd = k + 1 < heads.Count ? heads[k + 1].FirstLine - 1 : _lines.Length - 1;
            var article = BuildArticle(heads[k], regionStart, regionEnd, sourceName);
            if (!ids.Add(article.Id))
            {
                Report(DiagnosticCodes.DuplicateArticle, DiagnosticSeverity.Info, DiagnosticMessages.DuplicateArticle, article.Span);
            }

            articles.Add(article);
            regionStarts.Add(_lines[regionStart].Line.Start);
        }

        if (built == 0 && !isFinal)
        {
            // No region is complete yet: the whole window waits for more text.
            return new LayoutWindowResult(new LayoutResult([], [], DocumentLayout()), 0, window.ScanFrom);
        }

        var end = keepFrom < _lines.Length ? _lines[keepFrom].Line.Start : int.MaxValue;
        var next = keepFrom < _lines.Length ? heads[built].HeaderStart - keepFrom : 0;
        return new LayoutWindowResult(Distribute(articles, regionStarts, end), keepFrom, next);
    }

    private static LayoutLines Classify(SourceText source)
    {
        var text = source.Text;
        var kinds = new LineKind[source.Lines.Length];
        var scratch = new List<StampPart>();
        var bareDates = new List<int>();
        for (var i = 0; i < kinds.Length; i++)
        {
            var line = source.Lines[i];
            var (start, length) = TextChars.Trim(text.AsSpan(line.Start, line.Length));
            var content = text.AsSpan(line.Start + start, length);
            scratch.Clear();
            kinds[i] = length == 0 ? LineKind.Blank
                : ShortUrlBlockParser.IsMatch(content) ? LineKind.ShortUrl
                : FollowBlockParser.IsMatch(content) ? LineKind.Follow
                : StampBlockParser.TryRead(content, scratch) ? LineKind.Stamp
                : HighlightBlockParser.TryReadBullet(content, out _) ? LineKind.Bullet
                : LineKind.Text;
            if (kinds[i] == LineKind.Text && StampBlockParser.TryReadBare(content, scratch))
            {
                bareDates.Add(i);
            }
        }

        PromoteBareDates(kinds, bareDates);
        return new LayoutLines(text, source.Lines, kinds);
    }

    /// <summary>
    /// Makes a line that is only a date a stamp when the nearest non-blank line before or after it is a header line:
    /// some pages print the date with no <c>Published</c> keyword above <c>Follow</c>. A date alone elsewhere stays text.
    /// </summary>
    private static void PromoteBareDates(LineKind[] kinds, List<int> bareDates)
    {
        foreach (var i in bareDates)
        {
            var before = i - 1;
            while (before >= 0 && kinds[before] == LineKind.Blank)
            {
                before--;
            }

            var after = i + 1;
            while (after < kinds.Length && kinds[after] == LineKind.Blank)
            {
                after++;
            }

            if ((before >= 0 && IsKeywordHeader(kinds[before])) || (after < kinds.Length && IsKeywordHeader(kinds[after])))
            {
                kinds[i] = LineKind.Stamp;
            }
        }
    }

    private static bool IsKeywordHeader(LineKind kind) => kind is LineKind.ShortUrl or LineKind.Stamp or LineKind.Follow;

    /// <param name="scanFrom">The line to look for header lines from; lines before it can only be a headline or caption.</param>
    /// <param name="hadHead">Whether an earlier window found a head, so that the first head here is not the input's first.</param>
    /// <param name="isFinal">Whether the text is complete; if not, a header whose following lines are all blank so far is left undecided.</param>
    private List<ArticleHead> FindHeads(int scanFrom, bool hadHead, bool isFinal)
    {
        var heads = new List<ArticleHead>();
        var floor = 0;
        var i = scanFrom;
        while (i < _lines.Length)
        {
            if (!_lines[i].IsHeader)
            {
                i++;
                continue;
            }

            var start = i;
            var end = i;
            var j = i + 1;
            for (; j < _lines.Length && (_lines[j].IsHeader || _lines[j].IsBlank); j++)
            {
                end = _lines[j].IsHeader ? j : end;
            }

            if (j == _lines.Length && !isFinal)
            {
                // More header lines or the repeated headline may follow in text not read yet.
                break;
            }

            i = end + 1;
            if (TryReadHead(start, end, floor, isFirst: !hadHead && heads.Count == 0) is { } head)
            {
                heads.Add(head);
                floor = head.BodyStart;
            }
        }

        if (heads.Count == 0 && !hadHead && isFinal && FirstNonBlank(0, _lines.Length - 1) >= 0)
        {
            heads.Add(HeadWithoutHeader());
        }

        return heads;
    }

    /// <summary>Reads the head around the header lines <paramref name="start"/>..<paramref name="end"/>, or returns null when they start no article.</summary>
    private ArticleHead? TryReadHead(int start, int end, int floor, bool isFirst)
    {
        var repeat = FirstNonBlank(end + 1, _lines.Length - 1);
        var repeatIsText = repeat >= 0 && _lines[repeat].Kind == LineKind.Text;

        // Nearest first: the headline and caption sit just before the header. A few line numbers, kept on the stack:
        // this runs for every header of the input.
        Span<int> nearest = stackalloc int[MaxLookBack];
        var count = 0;
        for (var k = start - 1; k >= floor && count < MaxLookBack; k--)
        {
            if (!_lines[k].IsBlank)
            {
                nearest[count++] = k;
            }
        }

        var before = nearest[..count];
        if (repeatIsText)
        {
            for (var c = 0; c < before.Length; c++)
            {
                if (_lines[before[c]].Kind is LineKind.Text or LineKind.Bullet
                    && TextComparer.SameText(Content(before[c]), Content(repeat)))
                {
                    // The lines between the headline and the header, in text order.
                    var captions = before[..c].ToArray();
                    captions.AsSpan().Reverse();
                    return new ArticleHead
                    {
                        Headline = before[c],
                        Captions = captions,
                        HeaderStart = start,
                        HeaderEnd = end,
                        Repeat = repeat,
                        BodyStart = repeat + 1,
                    };
                }
            }
        }

        // No repeated headline. A stamp, or two kinds of header line, still make a header; a lone "Follow" or
        // "Short Url" inside a body does not.
        if (!HasStamp(start, end) && CountHeaderKinds(start, end) < 2)
        {
            return null;
        }

        var headline = -1;
        int[] captionLines = [];
        if (before.Length > 0 && _lines[before[0]].Kind == LineKind.Text)
        {
            var closest = before[0];
            if (before.Length > 1 && _lines[before[1]].Kind == LineKind.Text
                && HeadlineBlockParser.LooksLikeCaption(Content(closest)) && HeadlineBlockParser.IsHeadlineLike(Content(before[1])))
            {
                headline = before[1];
                captionLines = [closest];
            }
            else if (HeadlineBlockParser.IsHeadlineLike(Content(closest)) || isFirst)
            {
                headline = closest;
            }
            else
            {
                // A finished sentence before a stamp-like line: an editor's note inside a body, not a new article.
                return null;
            }
        }

        var repeatIsHeadlineLike = repeatIsText && HeadlineBlockParser.IsHeadlineLike(Content(repeat));
        if (headline < 0)
        {
            return new ArticleHead
            {
                Headline = repeatIsHeadlineLike ? repeat : -1,
                HeaderStart = start,
                HeaderEnd = end,
                BodyStart = repeatIsHeadlineLike ? repeat + 1 : end + 1,
                Problem = DiagnosticCodes.HeadlineMissing,
            };
        }

        return new ArticleHead
        {
            Headline = headline,
            Captions = captionLines,
            HeaderStart = start,
            HeaderEnd = end,
            DifferingRepeat = repeatIsHeadlineLike ? repeat : -1,
            BodyStart = repeatIsHeadlineLike ? repeat + 1 : end + 1,
            Problem = repeatIsHeadlineLike ? DiagnosticCodes.HeadlineRepeatDiffers : DiagnosticCodes.HeadlineNotRepeated,
        };
    }

    /// <summary>Text with no header at all: one article whose headline is its first text line.</summary>
    private ArticleHead HeadWithoutHeader()
    {
        var headline = -1;
        for (var i = 0; i < _lines.Length && headline < 0; i++)
        {
            headline = _lines[i].Kind is LineKind.Text or LineKind.Bullet ? i : -1;
        }

        return new ArticleHead
        {
            Headline = headline,
            BodyStart = headline + 1,
            Problem = DiagnosticCodes.ArticleHeaderMissing,
        };
    }

    /// <summary>Makes the articles, each with the diagnostics that belong to it.</summary>
    private LayoutResult Distribute(List<PendingArticle> pending, List<int> regionStarts, int end)
    {
        // Each diagnostic goes to the article whose region holds it; with no article, to the document. Those at or
        // past end lie in text left for a later window.
        var articles = new List<Article>(pending.Count);
        if (_diagnostics.Count == 0)
        {
            foreach (var article in pending)
            {
                articles.Add(article.Create([]));
            }

            return new LayoutResult(articles, [], DocumentLayout());
        }

        var ordered = _diagnostics.Where(d => d.Span.Start < end).OrderBy(d => d.Span.Start).ToList();
        if (pending.Count == 0)
        {
            return new LayoutResult(articles, ordered, DocumentLayout());
        }

        var next = 0;
        for (var k = 0; k < pending.Count; k++)
        {
            var regionEnd = k + 1 < pending.Count ? regionStarts[k + 1] : end;
            var first = next;
            while (next < ordered.Count && ordered[next].Span.Start < regionEnd)
            {
                next++;
            }

            articles.Add(pending[k].Create(next > first ? [.. CollectionsMarshal.AsSpan(ordered)[first..next]] : []));
        }

        return new LayoutResult(articles, [], DocumentLayout());
    }

    /// <summary>The byte order mark, and the blank lines before the first non-blank line (all of a blank text).</summary>
    private DocumentLayout DocumentLayout()
    {
        var first = FirstNonBlank(0, _lines.Length - 1);
        var end = first >= 0 ? _lines[first].Line.Start : _text.Length;
        return new DocumentLayout { ByteOrderMark = _byteOrderMark, LeadingBlankLines = LayoutStrings.Get(_text.AsSpan(0, end)) };
    }

    private bool HasStamp(int start, int end)
    {
        for (var i = start; i <= end; i++)
        {
            if (_lines[i].Kind == LineKind.Stamp)
            {
                return true;
            }
        }

        return false;
    }

    private int CountHeaderKinds(int start, int end)
    {
        bool shortUrl = false, stamp = false, follow = false;
        for (var i = start; i <= end; i++)
        {
            shortUrl |= _lines[i].Kind == LineKind.ShortUrl;
            stamp |= _lines[i].Kind == LineKind.Stamp;
            follow |= _lines[i].Kind == LineKind.Follow;
        }

        return (shortUrl ? 1 : 0) + (stamp ? 1 : 0) + (follow ? 1 : 0);
    }

    private int FirstNonBlank(int from, int to)
    {
        for (var i = from; i <= to; i++)
        {
            if (!_lines[i].IsBlank)
            {
                return i;
            }
        }

        return -1;
    }

    private ReadOnlySpan<char> Content(int line) => _lines[line].Content(_text);

    private void Report(string code, DiagnosticSeverity severity, string message, TextSpan span) =>
        _diagnostics.Add(new Diagnostic(code, severity, message, span));
}
