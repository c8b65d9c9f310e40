using FsCheck;
using FsCheck.Fluent;
using NewsModel.Domain;
using NewsModel.Tests.Infrastructure;

namespace NewsModel.Tests.Generators;

/// <summary>The generators reach every case the round-trip properties are meant to cover; a property over a generator that lost a case would pass without testing it.</summary>
public sealed class ArticleGenTests
{
    [Fact]
    public void Text_Samples_CoverLineEndingsWhiteSpaceAndUnicode()
    {
        var samples = Gen.Sample(ArticleGen.Text, 30, new Rnd(20261128), 300);

        Assert.Contains(samples, s => s.Contains("\r\n", StringComparison.Ordinal));
        Assert.Contains(samples, s => s.Replace("\r\n", "", StringComparison.Ordinal).Contains('\r', StringComparison.Ordinal));
        Assert.Contains(samples, s => s.Replace("\r\n", "", StringComparison.Ordinal).Contains('\r', StringComparison.Ordinal) && s.Contains("\r\n", StringComparison.Ordinal));
        Assert.Contains(samples, s => s.StartsWith('\uFEFF'));
        Assert.Contains(samples, s => !s.EndsWith('\n') && !s.EndsWith('\r'));
        Assert.Contains(samples, s => s.Contains(" \t\n", StringComparison.Ordinal) || s.Contains("\u00A0\r", StringComparison.Ordinal));
        Assert.Contains(samples, s => s.Contains("\n\t", StringComparison.Ordinal) || s.Contains("\n  ", StringComparison.Ordinal));
        Assert.Contains(samples, s => s.Contains("\n\n\n", StringComparison.Ordinal) || s.Contains("\r\n\r\n\r\n", StringComparison.Ordinal));
        Assert.Contains(samples, s => s.Any(char.IsSurrogate));
        Assert.Contains(samples, s => s.Contains('\u200F', StringComparison.Ordinal));
        Assert.Contains(samples, s => s.Contains('“', StringComparison.Ordinal));
    }

    [Fact]
    public void Text_Samples_CoverEveryLayoutElement()
    {
        var articles = Gen.Sample(ArticleGen.Text, 30, new Rnd(20261128), 300)
            .SelectMany(s => NewsParser.Parse(s, TestPipelines.LayoutOnly).Articles).ToList();

        Assert.Contains(articles, a => a.Photo?.Credit is not null && a.Photo.CreditTrivia is null);
        Assert.Contains(articles, a => a.Photo?.CreditTrivia is not null);
        Assert.Contains(articles, a => a.Photo is { Credit: null });
        Assert.Contains(articles, a => a.Layout!.RepeatText is not null);
        Assert.Contains(articles, a => a.Layout!.RepeatTrivia is null);
        Assert.Contains(articles, a => a.Layout!.LeadingParagraphs > 0);
        Assert.Contains(articles, a => a.Layout!.HeaderParagraphs > 0);
        Assert.Contains(articles, a => a.Layout!.Header.Length >= 4);
        Assert.Contains(articles, a => a.Published is not null && a.Updated is not null);
        Assert.Contains(articles, a => a.Highlights.Length >= 2);
        Assert.Contains(articles, a => a.Dateline?.Wire is not null);
        Assert.Contains(articles, a => a.Dateline is { Places.Length: 2 });
        foreach (var kind in Enum.GetValues<ParagraphKind>())
        {
            Assert.Contains(articles, a => a.Paragraphs.Any(p => p.Kind == kind));
        }
    }

    [Fact]
    public void Model_Samples_CoverEveryLayoutField()
    {
        var articles = Gen.Sample(ArticleGen.Model, 30, new Rnd(20261128), 200).SelectMany(d => d.Articles).ToList();

        Assert.Contains(articles, a => a.Photo?.Credit is not null);
        Assert.Contains(articles, a => a.Photo is { Credit: null });
        Assert.Contains(articles, a => a is { ShortUrl: true, Published: not null, Updated: not null });
        Assert.Contains(articles, a => a is { ShortUrl: false, Published: null, Updated: null });
        Assert.Contains(articles, a => a.Highlights.Length >= 2);
        Assert.Contains(articles, a => a.Dateline?.Wire is not null);
        Assert.Contains(articles, a => a.Dateline is { Places.Length: 2 });
        Assert.Contains(articles, a => a.Headline.Any(char.IsSurrogate));
        foreach (var kind in new[] { ParagraphKind.Body, ParagraphKind.Subheading, ParagraphKind.ListItem, ParagraphKind.WireCredit })
        {
            Assert.Contains(articles, a => a.Paragraphs.Any(p => p.Kind == kind));
        }
    }
}
