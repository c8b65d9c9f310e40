using System.Globalization;
using NewsModel.Domain;

namespace NewsModel.Cli;

/// <summary>A readable summary of each article: headline, dates, dateline, layout counts and record counts.</summary>
internal static class SummaryWriter
{
    public static void Write(NewsDocument document, TextWriter writer)
    {
        var number = 0;
        foreach (var article in document.Articles)
        {
            number++;
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{number}] {(article.Headline.Length > 0 ? article.Headline : "(no headline)")}"));
            writer.WriteLine($"    source: {article.Source ?? "-"}   published: {Date(article.Published)}   updated: {Date(article.Updated)}");
            var dateline = article.Dateline is { } d ? d.Text + (d.Wire is null ? "" : $" ({d.Wire})") : "-";
            var photo = article.Photo is { } p ? "yes" + (p.Credit is null ? "" : $", credit {p.Credit}") : "no";
            writer.WriteLine($"    dateline: {dateline}   photo: {photo}   short url: {(article.ShortUrl ? "yes" : "no")}");
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"    highlights: {article.Highlights.Length}   paragraphs: {article.Paragraphs.Length}   diagnostics: {article.Diagnostics.Length}"));
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"    meetings: {article.Meetings.Length}   loan agreements: {article.LoanAgreements.Length}   loan packages: {article.LoanPackages.Length}   delegations: {article.Delegations.Length}   commitments: {article.Commitments.Length}"));
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"    people: {article.People.Length}   organizations: {article.Organizations.Length}   places: {article.Places.Length}   money: {article.Money.Length}   quotes: {article.Quotes.Length}"));
            foreach (var diagnostic in article.Diagnostics)
            {
                writer.WriteLine($"    {diagnostic}");
            }
        }

        foreach (var diagnostic in document.Diagnostics)
        {
            writer.WriteLine(diagnostic);
        }

        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{document.Articles.Length} article(s)"));
    }

    private static string Date(DateOnly? date) => date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? "-";
}
