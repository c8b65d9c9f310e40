using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using NewsModel.Domain;
using NewsModel.Internal;
using NewsModel.Text;

namespace NewsModel.Layout;

/// <summary>Builds one article from its head and the lines of its region.</summary>
internal sealed partial class LayoutParser
{
    // The messages of diagnostics a header can raise once a line, formatted once: a header of a million repeated
    // stamps then holds one copy of each message, not a million.
    private static readonly string s_duplicatePublished = string.Format(CultureInfo.InvariantCulture, DiagnosticMessages.DuplicateStamp, "Published");
    private static readonly string s_duplicateUpdated = string.Format(CultureInfo.InvariantCulture, DiagnosticMessages.DuplicateStamp, "Updated");
    private static readonly string s_repeatedFollow = string.Format(CultureInfo.InvariantCulture, DiagnosticMessages.RepeatedHeaderLine, "Follow");
    private static readonly string s_repeatedShortUrl = string.Format(CultureInfo.InvariantCulture, DiagnosticMessages.RepeatedHeaderLine, "Short Url");

    /// <summary>
    /// Reads one article. Its diagnostics are known only once every article of the window is read (see
    /// <see cref="Distribute"/>), so it comes back as the fields of the article, to make it from once with them rather
    /// than to copy it for them.
    /// </summary>
    private PendingArticle BuildArticle(ArticleHead head, int regionStart, int regionEnd, string? sourceName)
    {
        var evidence = _evidence;
        var paragraphs = _paragraphs;
        evidence.Clear();
        paragraphs.Clear();
        _regionStart = regionStart;

        // Lines before the first headline belong to no element the layout knows.
        for (var i = regionStart; i < head.FirstLine; i++)
        {
            AddUnplaced(paragraphs, i, DiagnosticCodes.UnplacedLine, DiagnosticSeverity.Error, DiagnosticMessages.UnplacedLine);
        }

        var leadingParagraphs = paragraphs.Count;
        var headline = "";
        if (head.Headline >= 0)
        {
            headline = Content(head.Headline).ToString();
            evidence.Add(new Evidence("headline", _lines[head.Headline].ContentSpan, nameof(HeadlineBlockParser)));
        }

        ReportHeadProblem(head, regionStart);
        var photo = ReadPhoto(head, paragraphs);
        var captionParagraphs = paragraphs.Count - leadingParagraphs;
        var (published, updated, shortUrl) = ReadHeader(head, evidence);
        string? repeatText = null;
        if (head.Repeat >= 0)
        {
            evidence.Add(new Evidence("headlineRepeat", _lines[head.Repeat].ContentSpan, nameof(HeadlineBlockParser)));
            var repeat = Content(head.Repeat);
            repeatText = repeat.SequenceEqual(headline) ? null : repeat.ToString();
        }

        if (head.DifferingRepeat >= 0)
        {
            var line = _lines[head.DifferingRepeat];
            paragraphs.Add(new Paragraph(_text, line.ContentStart, line.ContentLength)
            {
                Span = line.ContentSpan,
                Kind = ParagraphKind.Subheading,
                Trivia = Trivia(head.DifferingRepeat),
            });
        }

        var headerParagraphs = paragraphs.Count - leadingParagraphs - captionParagraphs;
        var (highlights, dateline) = ReadBody(head.BodyStart, regionEnd, paragraphs);
        var layout = new ArticleLayout
        {
            HeadlineTrivia = head.Headline >= 0 ? Trivia(head.Headline) : null,
            HeadlineBelowHeader = head.HeaderStart >= 0 && head.Headline > head.HeaderEnd,
            Header = ReadHeaderLines(head),
            RepeatTrivia = head.Repeat >= 0 ? Trivia(head.Repeat) : null,
            RepeatText = repeatText,
            LeadingParagraphs = leadingParagraphs,
            CaptionParagraphs = captionParagraphs,
            HeaderParagraphs = headerParagraphs,
            BlankLinesAfter = BlankLinesAfter(regionStart, regionEnd),
        };
        return new PendingArticle(
            StableId.Create("art", headline, dateline?.Text),
            sourceName,
            headline,
            published,
            updated,
            photo,
            shortUrl,
            highlights,
            dateline,
            [.. paragraphs],
            RegionSpan(regionStart, regionEnd),
            [.. evidence],
            layout);
    }

    private void ReportHeadProblem(ArticleHead head, int regionStart)
    {
        if (head.Problem is not { } code)
        {
            return;
        }

        var (severity, message, line) = code switch
        {
            DiagnosticCodes.HeadlineNotRepeated => (DiagnosticSeverity.Warning, DiagnosticMessages.HeadlineNotRepeated, head.Headline),
            DiagnosticCodes.HeadlineRepeatDiffers => (DiagnosticSeverity.Warning, DiagnosticMessages.HeadlineRepeatDiffers, head.DifferingRepeat),
            DiagnosticCodes.HeadlineMissing => (DiagnosticSeverity.Error, DiagnosticMessages.HeadlineMissing, head.HeaderStart),
            _ => (DiagnosticSeverity.Error, DiagnosticMessages.ArticleHeaderMissing, head.Headline >= 0 ? head.Headline : FirstNonBlank(regionStart, _lines.Length - 1)),
        };
        Report(code, severity, message, _lines[line].ContentSpan);
    }

    private Photo? ReadPhoto(ArticleHead head, List<Paragraph> paragraphs)
    {
        if (head.Captions.Length == 0)
        {
            return null;
        }

        var first = _lines[head.Captions[0]];
        var content = Content(head.Captions[0]);
        var parts = PhotoBlockParser.Split(content);
        string? credit = null, opening = null, closing = null;
        TextSpan? creditSpan = null;
        LineTrivia? creditTrivia = null;
        var last = first;
        if (parts.HasCredit)
        {
            credit = content.Slice(parts.CreditStart, parts.CreditLength).ToString();
            creditSpan = SourceText.Span(first.Line, first.ContentStart + parts.CreditStart, parts.CreditLength);
            (opening, closing) = Around(content, parts.CaptionLength, parts.CreditStart, parts.CreditLength);
        }

        for (var c = 1; c < head.Captions.Length; c++)
        {
            var line = _lines[head.Captions[c]];

            // A credit on its own line right under a caption that names none: "(AFP)", "Photo: Reuters".
            if (credit is null && c == 1 && PhotoBlockParser.TryReadCreditLine(Content(head.Captions[c]), out var start, out var length))
            {
                credit = Content(head.Captions[c]).Slice(start, length).ToString();
                creditSpan = SourceText.Span(line.Line, line.ContentStart + start, length);
                (opening, closing) = Around(Content(head.Captions[c]), 0, start, length);
                creditTrivia = Trivia(head.Captions[c]);
                last = line;
                continue;
            }

            AddUnplaced(paragraphs, head.Captions[c], DiagnosticCodes.UnplacedLine, DiagnosticSeverity.Error, DiagnosticMessages.UnplacedLine);
        }

        return new Photo(_text, first.ContentStart, parts.CaptionLength)
        {
            CaptionSpan = SourceText.Span(first.Line, first.ContentStart, parts.CaptionLength),
            Credit = credit,
            CreditSpan = creditSpan,
            Span = Between(first, last),
            Trivia = Trivia(head.Captions[0]),
            CreditOpening = opening,
            CreditClosing = closing,
            CreditTrivia = creditTrivia,
        };
    }

    /// <summary>What stands between <paramref name="from"/> and a field, and after the field to the end of the line's content.</summary>
    private static (string Opening, string Closing) Around(ReadOnlySpan<char> content, int from, int start, int length) =>
        (LayoutStrings.Get(content[from..start]), LayoutStrings.Get(content[(start + length)..]));

    /// <summary>The header's non-blank lines as written, stamps the header does not use included.</summary>
    private ImmutableArray<HeaderLine> ReadHeaderLines(ArticleHead head)
    {
        if (head.HeaderStart < 0)
        {
            return [];
        }

        var count = 0;
        for (var i = head.HeaderStart; i <= head.HeaderEnd; i++)
        {
            count += _lines[i].IsBlank ? 0 : 1;
        }

        // Counted first, so the lines go straight into an array of their number.
        var lines = new HeaderLine[count];
        count = 0;
        for (var i = head.HeaderStart; i <= head.HeaderEnd; i++)
        {
            if (!_lines[i].IsBlank)
            {
                lines[count++] = new HeaderLine(_text, _lines[i].ContentStart, _lines[i].ContentLength) { Trivia = Trivia(i) };
            }
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(lines);
    }

    private (DateOnly? Published, DateOnly? Updated, bool ShortUrl) ReadHeader(ArticleHead head, List<Evidence> evidence)
    {
        DateOnly? published = null, updated = null;
        bool hasPublished = false, hasUpdated = false, shortUrl = false, follow = false;
        for (var i = head.HeaderStart; i >= 0 && i <= head.HeaderEnd; i++)
        {
            var line = _lines[i];
            switch (line.Kind)
            {
                case LineKind.ShortUrl when !shortUrl:
                    shortUrl = true;
                    evidence.Add(new Evidence("shortUrl", line.ContentSpan, nameof(ShortUrlBlockParser)));
                    break;
                case LineKind.Follow when !follow:
                    follow = true;
                    evidence.Add(new Evidence("follow", line.ContentSpan, nameof(FollowBlockParser)));
                    break;
                case LineKind.Stamp:
                    _stampParts.Clear();
                    StampBlockParser.TryReadHeaderLine(Content(i), _stampParts);
                    foreach (var part in _stampParts)
                    {
                        var span = SourceText.Span(line.Line, line.ContentStart + part.Start, part.Length);
                        var isPublished = part.Kind == StampKind.Published;
                        if (part.Date is null)
                        {
                            Report(DiagnosticCodes.StampDateUnreadable, DiagnosticSeverity.Error, DiagnosticMessages.StampDateUnreadable, span);
                        }
                        else if (isPublished ? hasPublished : hasUpdated)
                        {
                            Report(DiagnosticCodes.DuplicateStamp, DiagnosticSeverity.Warning, isPublished ? s_duplicatePublished : s_duplicateUpdated, span);
                        }
                        else if (isPublished)
                        {
                            (published, hasPublished) = (part.Date, true);
                            evidence.Add(new Evidence("published", span, nameof(StampBlockParser)));
                        }
                        else
                        {
                            (updated, hasUpdated) = (part.Date, true);
                            evidence.Add(new Evidence("updated", span, nameof(StampBlockParser)));
                        }
                    }

                    break;
                case LineKind.ShortUrl or LineKind.Follow:
                    // A repeated "Short Url" or "Follow" line belongs to the header and says nothing new; the
                    // diagnostic keeps the line accounted for.
                    Report(DiagnosticCodes.RepeatedHeaderLine, DiagnosticSeverity.Info, line.Kind == LineKind.Follow ? s_repeatedFollow : s_repeatedShortUrl, line.ContentSpan);
                    break;
            }
        }

        return (published, updated, shortUrl);
    }

    private (ImmutableArray<Highlight> Highlights, Dateline? Dateline) ReadBody(int from, int to, List<Paragraph> paragraphs)
    {
        var body = _bodyLines;
        body.Clear();
        for (var i = from; i <= to; i++)
        {
            if (!_lines[i].IsBlank)
            {
                body.Add(i);
            }
        }

        var highlights = _highlights;
        highlights.Clear();
        var index = 0;
        for (; index < body.Count && _lines[body[index]].Kind == LineKind.Bullet; index++)
        {
            var line = _lines[body[index]];
            HighlightBlockParser.TryReadBullet(Content(body[index]), out var offset);
            highlights.Add(new Highlight(_text, line.ContentStart + offset, line.ContentLength - offset)
            {
                Span = SourceText.Span(line.Line, line.ContentStart + offset, line.ContentLength - offset),
                Bullet = LayoutStrings.Get(Content(body[index])[..offset]),
                Trivia = Trivia(body[index]),
            });
        }

        Dateline? dateline = null;
        for (var first = index; index < body.Count; index++)
        {
            var line = _lines[body[index]];
            if (line.IsHeader)
            {
                AddUnplaced(paragraphs, body[index], DiagnosticCodes.StrayHeaderLine, DiagnosticSeverity.Warning, DiagnosticMessages.StrayHeaderLine);
                continue;
            }

            var content = Content(body[index]);
            var offset = 0;
            var kind = ParagraphKind.Body;
            if (index == first && line.Kind == LineKind.Text && DatelineBlockParser.TryRead(content, _datelinePlaces) is { } parts)
            {
                dateline = ReadDateline(line, content, parts);
                offset = parts.BodyStart;
            }
            else
            {
                kind = ParagraphBlockParser.Classify(content, isFirst: index == first, isLast: index == body.Count - 1, out offset);
            }

            paragraphs.Add(new Paragraph(_text, line.ContentStart + offset, line.ContentLength - offset)
            {
                Span = SourceText.Span(line.Line, line.ContentStart + offset, line.ContentLength - offset),
                Kind = kind,
                Bullet = kind == ParagraphKind.ListItem ? LayoutStrings.Get(content[..offset]) : null,
                Trivia = Trivia(body[index]),
            });
        }

        return ([.. highlights], dateline);
    }

    private static Dateline ReadDateline(LayoutLine line, ReadOnlySpan<char> content, DatelineParts parts)
    {
        var places = new string[parts.Places.Count];
        for (var i = 0; i < places.Length; i++)
        {
            var (start, length) = parts.Places[i];
            places[i] = content.Slice(start, length).ToString();
        }

        // What surrounds the wire tag is kept as written; without a tag, everything up to the paragraph is the separator.
        var hasWire = parts.WireStart >= 0 && parts.WireLength > 0;
        var afterWire = hasWire ? parts.WireStart + parts.WireLength : parts.PlacesLength;
        return new Dateline
        {
            Text = content[..parts.PlacesLength].ToString(),
            Places = ImmutableCollectionsMarshal.AsImmutableArray(places),
            Wire = hasWire ? content.Slice(parts.WireStart, parts.WireLength).ToString() : null,
            Span = SourceText.Span(line.Line, line.ContentStart, parts.Length),
            WireOpening = hasWire ? LayoutStrings.Get(content[parts.PlacesLength..parts.WireStart]) : null,
            Separator = LayoutStrings.Get(content[afterWire..parts.BodyStart]),
        };
    }

    private void AddUnplaced(List<Paragraph> paragraphs, int index, string code, DiagnosticSeverity severity, string message)
    {
        var line = _lines[index];
        if (line.IsBlank)
        {
            return;
        }

        paragraphs.Add(new Paragraph(_text, line.ContentStart, line.ContentLength) { Span = line.ContentSpan, Kind = ParagraphKind.Unplaced, Trivia = Trivia(index) });
        Report(code, severity, message, line.ContentSpan);
    }

    /// <summary>
    /// The white space around a non-blank line: the blank lines between it and the region's previous non-blank line,
    /// its indentation, its trailing white space and its line break. Blank lines that open the region belong before
    /// the article (to the document, for the first one), not to its first line.
    /// </summary>
    private LineTrivia Trivia(int index)
    {
        var line = _lines[index];
        var previous = index - 1;
        while (previous >= _regionStart && _lines[previous].IsBlank)
        {
            previous--;
        }

        var leadingStart = previous >= _regionStart ? _lines[previous + 1].Line.Start : line.Line.Start;
        var contentEnd = line.ContentStart + line.ContentLength;
        return new LineTrivia(
            LayoutStrings.Get(_text.AsSpan(leadingStart, line.ContentStart - leadingStart)),
            LayoutStrings.Get(_text.AsSpan(contentEnd, line.Line.End + line.Line.TerminatorLength - contentEnd)));
    }

    /// <summary>The blank lines after the region's last non-blank line, through the region's last line break.</summary>
    private string BlankLinesAfter(int regionStart, int regionEnd)
    {
        var last = regionEnd;
        while (last >= regionStart && _lines[last].IsBlank)
        {
            last--;
        }

        if (last == regionEnd || last < regionStart)
        {
            return "";
        }

        var start = _lines[last + 1].Line.Start;
        var end = _lines[regionEnd].Line.End + _lines[regionEnd].Line.TerminatorLength;
        return LayoutStrings.Get(_text.AsSpan(start, end - start));
    }

    /// <summary>The span from the first to the last non-blank line of a region, white space at both ends excluded.</summary>
    private TextSpan RegionSpan(int start, int end)
    {
        var first = FirstNonBlank(start, end);
        var last = end;
        while (last > first && _lines[last].IsBlank)
        {
            last--;
        }

        return first < 0 ? SourceText.Span(_lines[start].Line, _lines[start].Line.Start, 0) : Between(_lines[first], _lines[last]);
    }

    private static TextSpan Between(LayoutLine first, LayoutLine last) =>
        SourceText.Span(first.Line, first.ContentStart, last.ContentStart + last.ContentLength - first.ContentStart);

    /// <summary>An article read but not yet made: every field but its diagnostics.</summary>
    private readonly record struct PendingArticle(
        string Id,
        string? Source,
        string Headline,
        DateOnly? Published,
        DateOnly? Updated,
        Photo? Photo,
        bool ShortUrl,
        ImmutableArray<Highlight> Highlights,
        Dateline? Dateline,
        ImmutableArray<Paragraph> Paragraphs,
        TextSpan Span,
        ImmutableArray<Evidence> Evidence,
        ArticleLayout Layout)
    {
        public Article Create(ImmutableArray<Diagnostic> diagnostics) => new()
        {
            Id = Id,
            Source = Source,
            Headline = Headline,
            Published = Published,
            Updated = Updated,
            Photo = Photo,
            ShortUrl = ShortUrl,
            Highlights = Highlights,
            Dateline = Dateline,
            Paragraphs = Paragraphs,
            Span = Span,
            Evidence = Evidence,
            Layout = Layout,
            Diagnostics = diagnostics,
        };
    }
}
