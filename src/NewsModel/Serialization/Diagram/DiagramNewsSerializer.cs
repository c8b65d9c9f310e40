using System.Globalization;
using System.Text;
using NewsModel.Domain;
using NewsModel.Text;

namespace NewsModel.Serialization.Diagram;

/// <summary>
/// Writes a compact, deterministic text view of a document (format <c>diagram</c>): one element per line with its
/// kind, key values and <c>[start..end) line:column</c> span. Long texts show their first and last words, so that a
/// reader can check where each span starts and ends.
/// </summary>
/// <remarks>Meant for people and for tests' expected values; the format may gain lines as the model grows.</remarks>
public sealed class DiagramNewsSerializer : INewsSerializer
{
    private const int HeadLength = 48;
    private const int TailLength = 24;

    /// <inheritdoc/>
    public string Format => "diagram";

    /// <inheritdoc/>
    public void Write(NewsDocument document, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        var line = new StringBuilder();
        Emit(writer, line.Append("document").Append(" source=").Append(document.Source ?? "-")
            .Append(" articles=").Append(document.Articles.Length.ToString(CultureInfo.InvariantCulture)));
        foreach (var diagnostic in document.Diagnostics)
        {
            WriteDiagnostic(writer, line, diagnostic, "  ");
        }

        foreach (var article in document.Articles)
        {
            WriteArticle(writer, line, article);
        }
    }

    private static void WriteArticle(TextWriter writer, StringBuilder line, Article article)
    {
        Emit(writer, line.Append("article ").Append(article.Id).Append(' ').Append(Span(article.Span)));
        // Text order: the headline, then the caption under it, then the header lines and the repeated headline.
        foreach (var evidence in article.Evidence.Where(e => e.Field == "headline"))
        {
            Emit(writer, line.Append("  headline ").Append(Quote(article.Headline)).Append(' ').Append(Span(evidence.Span)));
        }

        if (article.Photo is { } photo)
        {
            line.Append("  photo caption ").Append(Quote(photo.Caption)).Append(' ').Append(Span(photo.CaptionSpan));
            if (photo.Credit is not null && photo.CreditSpan is { } creditSpan)
            {
                line.Append(" credit ").Append(Quote(photo.Credit)).Append(' ').Append(Span(creditSpan));
            }

            Emit(writer, line);
        }

        foreach (var evidence in article.Evidence.Where(e => e.Field != "headline"))
        {
            line.Append("  ").Append(evidence.Field);
            if (evidence.Field is "published" or "updated")
            {
                line.Append(' ').Append(Date(evidence.Field == "published" ? article.Published : article.Updated));
            }

            Emit(writer, line.Append(' ').Append(Span(evidence.Span)));
        }

        foreach (var highlight in article.Highlights)
        {
            Emit(writer, line.Append("  highlight ").Append(Quote(highlight.Text)).Append(' ').Append(Span(highlight.Span)));
        }

        if (article.Dateline is { } dateline)
        {
            line.Append("  dateline ").Append(Quote(dateline.Text)).Append(" places=[").AppendJoin(", ", dateline.Places).Append(']');
            if (dateline.Wire is not null)
            {
                line.Append(" wire=").Append(dateline.Wire);
            }

            Emit(writer, line.Append(' ').Append(Span(dateline.Span)));
        }

        var number = 0;
        foreach (var paragraph in article.Paragraphs)
        {
            number++;
            Emit(writer, line.Append("  paragraph ").Append(number.ToString(CultureInfo.InvariantCulture)).Append(' ')
                .Append(KindName(paragraph.Kind)).Append(' ').Append(Quote(paragraph.Text)).Append(' ').Append(Span(paragraph.Span)));
        }

        WriteRecords(writer, line, article);
        foreach (var diagnostic in article.Diagnostics)
        {
            WriteDiagnostic(writer, line, diagnostic, "  ");
        }
    }

    private static void WriteRecords(TextWriter writer, StringBuilder line, Article article)
    {
        foreach (var place in article.Places)
        {
            Emit(writer, line.Append("  place ").Append(Quote(place.Name)).Append(' ').Append(Camel(place.Kind.ToString()))
                .Append(" country=").Append(place.CountryCode ?? "-").Append(" mentions=").Append(Count(place.Mentions.Length)).Append(' ').Append(Span(place.Span)));
        }

        foreach (var organization in article.Organizations)
        {
            line.Append("  organization ").Append(Quote(organization.Name));
            if (organization.Acronym is not null)
            {
                line.Append(" (").Append(organization.Acronym).Append(')');
            }

            line.Append(' ').Append(Camel(organization.Kind.ToString()));
            Optional(line, "parent", organization.Parent);
            Emit(writer, line.Append(" mentions=").Append(Count(organization.Mentions.Length))
                .Append(' ').Append(Span(organization.Span)));
        }

        foreach (var person in article.People)
        {
            line.Append("  person ").Append(Quote(person.Name));
            Optional(line, "honorific", person.Honorific);
            Optional(line, "title", person.Title);
            Optional(line, "affiliation", person.Affiliation);
            Emit(writer, line.Append(" mentions=").Append(Count(person.Mentions.Length)).Append(' ').Append(Span(person.Span)));
        }

        foreach (var money in article.Money)
        {
            line.Append("  money ").Append(Quote(money.Text)).Append(" = ").Append(money.Value.ToString());
            if (money.UpperBound is { } upper)
            {
                line.Append(" to ").Append(upper.ToString());
            }

            if (money.Approximation != MoneyApproximation.Exact)
            {
                line.Append(' ').Append(Camel(money.Approximation.ToString()));
            }

            if (money.Period is { } period)
            {
                line.Append(" per ").Append(Camel(period.ToString()));
            }

            Emit(writer, line.Append(' ').Append(Span(money.Span)));
        }

        foreach (var date in article.Dates)
        {
            Emit(writer, line.Append("  date ").Append(Quote(date.Text)).Append(" = ").Append(Date(date)).Append(' ').Append(Span(date.Span)));
        }

        foreach (var quote in article.Quotes)
        {
            line.Append("  quote ").Append(Quote(quote.Text));
            Optional(line, "speaker", quote.Speaker);
            Emit(writer, line.Append(' ').Append(Span(quote.Span)));
        }

        foreach (var meeting in article.Meetings)
        {
            line.Append("  meeting ").Append(meeting.Id).Append(' ').Append(Camel(meeting.Kind.ToString())).Append(' ').Append(Camel(meeting.Status.ToString()))
                .Append(" parties=[").AppendJoin(", ", meeting.Parties).Append(']');
            Optional(line, "location", meeting.Location);
            if (meeting.Date is { } date)
            {
                line.Append(" date=").Append(Date(date));
            }

            if (meeting.Round is { } round)
            {
                line.Append(" round=").Append(Count(round));
            }

            Optional(line, "level", meeting.Level);
            Optional(line, "name", meeting.Name);
            List(line, "participants", meeting.Participants);
            List(line, "topics", meeting.Topics);
            Emit(writer, Confidence(line, meeting).Append(' ').Append(Span(meeting.Span)));
        }

        foreach (var delegation in article.Delegations)
        {
            line.Append("  delegation side=").Append(delegation.Side ?? "-");
            Optional(line, "head", delegation.Head);
            Optional(line, "title", delegation.HeadTitle);
            Optional(line, "meeting", delegation.MeetingId);
            Emit(writer, Confidence(line, delegation).Append(' ').Append(Span(delegation.Span)));
        }

        foreach (var commitment in article.Commitments)
        {
            line.Append("  commitment ").Append(Camel(commitment.Modality.ToString())).Append(" parties=[").AppendJoin(", ", commitment.Parties).Append(']')
                .Append(" action=").Append(Quote(commitment.Action));
            Optional(line, "object", commitment.Object);
            if (commitment.Deadline is { } deadline)
            {
                line.Append(" deadline=").Append(Date(deadline));
            }

            Optional(line, "meeting", commitment.MeetingId);
            Emit(writer, Confidence(line, commitment).Append(' ').Append(Span(commitment.Span)));
        }

        foreach (var package in article.LoanPackages)
        {
            line.Append("  package ").Append(package.Id);
            Optional(line, "lender", package.Lender);
            Optional(line, "borrower", package.Borrower);
            Optional(line, "total", package.Total?.ToString());
            Optional(line, "statedCount", package.StatedCount?.ToString(CultureInfo.InvariantCulture));
            line.Append(" agreements=").Append(Count(package.AgreementIds.Length));
            Optional(line, "partsTotal", package.PartsTotal?.ToString());
            Optional(line, "consistent", package.IsConsistent?.ToString().ToLowerInvariant());
            Emit(writer, Confidence(line, package).Append(' ').Append(Span(package.Span)));
        }

        foreach (var loan in article.LoanAgreements)
        {
            line.Append("  loan ").Append(Camel(loan.Status.ToString()));
            Optional(line, "lender", loan.Lender);
            Optional(line, "borrower", loan.Borrower);
            Optional(line, "amount", loan.Amount?.ToString());
            Optional(line, "name", loan.Name);
            line.Append(" instrument=").Append(Camel(loan.Instrument.ToString()));
            if (loan.Approved is { } approved)
            {
                line.Append(" approved=").Append(Date(approved));
            }

            if (loan.Signed is { } signed)
            {
                line.Append(" signed=").Append(Date(signed));
            }

            List(line, "signatories", loan.Signatories.Select(s => s.Name));
            Optional(line, "package", loan.PackageId);
            Emit(writer, Confidence(line, loan).Append(' ').Append(Span(loan.Span)));
        }
    }

    private static StringBuilder Confidence(StringBuilder line, NewsEvent record) =>
        line.Append(" confidence=").Append(record.Confidence.ToString("0.00", CultureInfo.InvariantCulture)).Append(record.NeedsReview ? " review" : "");

    private static void Optional(StringBuilder line, string name, string? value)
    {
        if (value is not null)
        {
            line.Append(' ').Append(name).Append('=').Append(Quote(value));
        }
    }

    private static void List(StringBuilder line, string name, IEnumerable<string> values)
    {
        var items = values.ToList();
        if (items.Count > 0)
        {
            line.Append(' ').Append(name).Append("=[").AppendJoin(", ", items).Append(']');
        }
    }

    private static string Date(DateMention date) =>
        (date.IsoValue ?? "unresolved") + " " + Camel(date.Precision.ToString()) + (date.Inferred ? " inferred" : "");

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static void WriteDiagnostic(TextWriter writer, StringBuilder line, Diagnostic diagnostic, string indent) =>
        Emit(writer, line.Append(indent).Append("diagnostic ").Append(diagnostic.Code).Append(' ')
            .Append(diagnostic.Severity.ToString().ToLowerInvariant()).Append(' ').Append(Span(diagnostic.Span)));

    private static string KindName(ParagraphKind kind) => kind switch
    {
        ParagraphKind.Body => "body",
        ParagraphKind.Subheading => "subheading",
        ParagraphKind.ListItem => "listItem",
        ParagraphKind.WireCredit => "wireCredit",
        _ => "unplaced",
    };

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";

    private static string Span(TextSpan span) =>
        string.Create(CultureInfo.InvariantCulture, $"[{span.Start}..{span.End}) {span.Line}:{span.Column}");

    private static string Quote(string text)
    {
        var shown = text;
        if (text.Length > HeadLength + TailLength + 1)
        {
            // Never cut a surrogate pair in two.
            var head = char.IsHighSurrogate(text[HeadLength - 1]) ? HeadLength - 1 : HeadLength;
            var tail = char.IsLowSurrogate(text[^TailLength]) ? TailLength - 1 : TailLength;
            shown = string.Concat(text.AsSpan(0, head), "…", text.AsSpan(text.Length - tail));
        }

        return "\"" + shown.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
    }

    private static void Emit(TextWriter writer, StringBuilder line)
    {
        writer.Write(line);
        writer.Write('\n');
        line.Clear();
    }
}
