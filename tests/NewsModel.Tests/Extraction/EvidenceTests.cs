using NewsModel.Domain;
using NewsModel.Serialization.Json;
using NewsModel.Tests.Infrastructure;

namespace NewsModel.Tests.Extraction;

/// <summary>
/// Every value leads back to its characters: each record's evidence lies inside its article, and a value copied from
/// the text (a name, a title, an amount's words, a date's words, an action) is exactly the text its span covers.
/// </summary>
public sealed class EvidenceTests
{
    public static TheoryData<string> Inputs
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var path in TestInputs.SeedFiles().Concat(TestInputs.LayoutArticleFiles()).Concat(Directory.EnumerateFiles(Path.Combine(TestPaths.Tests, "Corpus", "tuned"), "*.txt").Order(StringComparer.Ordinal)))
            {
                data.Add(Path.GetRelativePath(TestPaths.Root, path));
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Records_Evidence_PointsAtTheirText(string path)
    {
        var text = TestInputs.Read(Path.Combine(TestPaths.Root, path)).TrimStart('\uFEFF');
        var document = NewsParser.Parse(text);
        foreach (var article in document.Articles)
        {
            foreach (var record in Records(article))
            {
                Assert.True(Inside(article, record.Span), $"{record.Id} span {record.Span} lies outside its article {article.Span}.");
                foreach (var evidence in record.Evidence)
                {
                    Assert.True(Inside(article, evidence.Span), $"{record.Id}.{evidence.Field} evidence {evidence.Span} lies outside its article.");
                    Assert.True(evidence.Span.Length > 0, $"{record.Id}.{evidence.Field} has empty evidence.");
                }
            }

            foreach (var person in article.People)
            {
                Assert.Equal(person.Name, Slice(text, person.Evidence.Find("name")!.Value.Span));
                if (person.Title is not null)
                {
                    Assert.Equal(person.Title, Slice(text, person.Evidence.Find("title")!.Value.Span));
                }

                Assert.All(person.Mentions, m => Assert.Equal(m.Text, Slice(text, m.Span)));
            }

            Assert.All(article.Organizations.SelectMany(o => o.Mentions).Concat(article.Places.SelectMany(p => p.Mentions)), m => Assert.Equal(m.Text, Slice(text, m.Span)));
            Assert.All(article.Money, m => Assert.Equal(m.Text, Slice(text, m.Span)));
            Assert.All(article.Dates, d => Assert.Equal(d.Text, Slice(text, d.Span)));
            Assert.All(article.Quotes, q => Assert.Equal(q.Text, Slice(text, q.Span)));
            Assert.All(article.Commitments, c => Assert.Equal(c.Action, Slice(text, c.Evidence.Find("action")!.Value.Span)));
            Assert.All(article.LoanAgreements.Where(l => l.Name is not null), l => Assert.Equal(l.Name, Slice(text, l.Evidence.Find("name")!.Value.Span)));
            foreach (var meeting in article.Meetings)
            {
                if (meeting.Date is { } date)
                {
                    Assert.Equal(date.Text, Slice(text, date.Span));
                }

                Assert.Equal(meeting.Parties.Length, meeting.PartyIds.Length);
                Assert.Equal(meeting.Participants.Length, meeting.ParticipantIds.Length);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Records_References_ResolveToRecordsOfTheArticle(string path)
    {
        var document = NewsParser.Parse(TestInputs.Read(Path.Combine(TestPaths.Root, path)));
        foreach (var article in document.Articles)
        {
            var ids = Records(article).Select(r => r.Id).ToHashSet();
            Assert.Equal(Records(article).Count(), ids.Count);
            var references = article.Meetings.SelectMany(m => m.PartyIds.Concat(m.ParticipantIds).Concat(m.DelegationIds).Concat(m.CommitmentIds).Append(m.LocationId))
                .Concat(article.LoanAgreements.SelectMany(l => new[] { l.LenderId, l.BorrowerId, l.PackageId, l.PlaceId }.Concat(l.Signatories.Select(s => s.PersonId))))
                .Concat(article.LoanPackages.SelectMany(p => p.AgreementIds.Append(p.LenderId).Append(p.BorrowerId)))
                .Concat(article.Delegations.SelectMany(d => d.MemberIds.Append(d.SideId).Append(d.HeadId).Append(d.MeetingId)))
                .Concat(article.Commitments.SelectMany(c => c.PartyIds.Append(c.MeetingId)))
                .Concat(article.People.Select(p => p.AffiliationId))
                .Concat(article.Quotes.Select(q => q.SpeakerId))
                .Where(id => id is not null);
            Assert.All(references, id => Assert.Contains(id!, ids));
        }
    }

    [Fact]
    public void Parse_SameTextOrUpdatedCopy_GivesTheSameRecordIds()
    {
        var text = TestInputs.Read(Path.Combine(TestPaths.Seeds, "000_64ecb9ab99d92700.txt"));
        var first = NewsParser.Parse(text);
        var again = NewsParser.Parse(text);
        var updated = NewsParser.Parse(text.Replace("Updated 25 December 2025", "Updated 26 December 2025\nPublished 25 December 2025", StringComparison.Ordinal));
        Assert.Equal(Ids(first), Ids(again));
        Assert.Equal(Ids(first), Ids(updated));
        Assert.Equal(NewsJson.Serialize(first), NewsJson.Serialize(again));
    }

    private static IEnumerable<string> Ids(NewsDocument document) =>
        document.Articles.SelectMany(a => Records(a).Select(r => r.Id).Prepend(a.Id));

    private static IEnumerable<NewsRecord> Records(Article article) =>
        article.Meetings.Cast<NewsRecord>().Concat(article.LoanAgreements).Concat(article.LoanPackages).Concat(article.Delegations)
            .Concat(article.Commitments).Concat(article.People).Concat(article.Organizations).Concat(article.Places).Concat(article.Money).Concat(article.Quotes);

    private static bool Inside(Article article, Text.TextSpan span) => span.Start >= article.Span.Start && span.End <= article.Span.End;

    private static string Slice(string text, Text.TextSpan span) => text.Substring(span.Start, span.Length);
}
