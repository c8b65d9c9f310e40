using System.Collections.Immutable;
using NewsModel.Domain;
using NewsModel.Text;

namespace NewsModel.Streaming;

/// <summary>
/// Moves every span of an article parsed from one window of a stream to where it lies in the whole input: its start
/// by the window's offset, its line by the lines before the window. Columns stay, as a window starts at a line start.
/// </summary>
/// <remarks>
/// Every span the model holds is moved here; the stream tests compare streamed articles with the in-memory parse
/// field by field through their JSON, so a span added to the model and missed here fails them. Texts that a parsed
/// element cuts from its window on first read are cut here, so a streamed article does not hold its window.
/// </remarks>
internal sealed class SpanShift(int offset, int lines)
{
    public bool IsNone => offset == 0 && lines == 0;

    public Article Apply(Article article) => IsNone ? article : article with
    {
        Span = Apply(article.Span),
        Photo = article.Photo is { } photo ? photo with
        {
            Caption = photo.Caption,
            CaptionSpan = Apply(photo.CaptionSpan),
            CreditSpan = photo.CreditSpan is { } credit ? Apply(credit) : null,
            Span = Apply(photo.Span),
        } : null,
        Highlights = Map(article.Highlights, h => h with { Span = Apply(h.Span), Text = h.Text }),
        Dateline = article.Dateline is { } dateline ? dateline with { Span = Apply(dateline.Span) } : null,
        Paragraphs = Map(article.Paragraphs, p => p with { Span = Apply(p.Span), Text = p.Text }),
        Layout = article.Layout is { } layout ? layout with { Header = Map(layout.Header, h => h with { Text = h.Text }) } : null,
        Diagnostics = Map(article.Diagnostics, Apply),
        Evidence = Map(article.Evidence, Apply),
        Meetings = Map(article.Meetings, m => Record(m) with { Date = Apply(m.Date) }),
        LoanAgreements = Map(article.LoanAgreements, l => Record(l) with { Signed = Apply(l.Signed), Approved = Apply(l.Approved) }),
        LoanPackages = Map(article.LoanPackages, Record),
        Delegations = Map(article.Delegations, Record),
        Commitments = Map(article.Commitments, c => Record(c) with { Deadline = Apply(c.Deadline) }),
        People = Map(article.People, p => Record(p) with { Mentions = Map(p.Mentions, Apply) }),
        Organizations = Map(article.Organizations, o => Record(o) with { Mentions = Map(o.Mentions, Apply) }),
        Places = Map(article.Places, p => Record(p) with { Mentions = Map(p.Mentions, Apply) }),
        Money = Map(article.Money, m => Record(m) with { Text = m.Text }),
        Dates = Map(article.Dates, d => Apply(d)!),
        Quotes = Map(article.Quotes, q => Record(q) with { Text = q.Text }),
    };

    public Diagnostic Apply(Diagnostic diagnostic) => new(diagnostic.Code, diagnostic.Severity, diagnostic.Message, Apply(diagnostic.Span));

    private TextSpan Apply(TextSpan span) => new(span.Start + offset, span.Length, span.Line + lines, span.Column);

    private Evidence Apply(Evidence evidence) => new(evidence.Field, Apply(evidence.Span), evidence.Rule);

    private Mention Apply(Mention mention) => new(mention.Text, Apply(mention.Span));

    private DateMention? Apply(DateMention? date) => date is null ? null : date with { Span = Apply(date.Span) };

    private T Record<T>(T record)
        where T : NewsRecord => (T)(record with { Span = Apply(record.Span), Evidence = Map(record.Evidence, Apply) });

    private static ImmutableArray<T> Map<T>(ImmutableArray<T> items, Func<T, T> map)
    {
        if (items.IsDefaultOrEmpty)
        {
            return items;
        }

        var builder = ImmutableArray.CreateBuilder<T>(items.Length);
        foreach (var item in items)
        {
            builder.Add(map(item));
        }

        return builder.MoveToImmutable();
    }
}
