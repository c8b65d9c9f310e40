using System.Text;
using Microsoft.Extensions.DependencyInjection;
using NewsModel.Domain;
using NewsModel.Serialization;
using NewsModel.Serialization.Text;
using NewsModel.Tests.Infrastructure;

namespace NewsModel.Tests.Serialization;

/// <summary>The text writer gives back every parsed text byte for byte, from the model's fields and layout detail.</summary>
public sealed class NewsTextSerializerTests
{
    public static TheoryData<string> ArticleFiles => Relative(TestInputs.AllArticleFiles());

    public static TheoryData<string> SpecFiles => Relative(TestInputs.SpecFiles());

    public static TheoryData<string> Awkward => new()
    {
        "",
        "\n",
        " \t\n\r\n\u00A0\r",
        "\uFEFF",
        "\uFEFF\uFEFFHeadline\n",
        "One line without a break",
        "Headline\r\rShort Url\rUpdated 07 July 2025\rFollow\r\rHeadline\r\rISLAMABAD: Text.\r",
        "Headline\n\r\nShort Url\r\nUpdated 07 July 2025\nFollow \t\n\n\nHEADLINE\n\n\n  •\tone\n  - two\n\n  Karachi (Reuters) – Text.\u00A0\n\n\n",
        "Home > World\n\n  Headline\nCaption ends here. — Photo via Reuters\nUpdated: July 7, 2025 at 3:20 pm\nUpdated 8 Jul 2025\nFollow\n\nHeadline\n\nA line.\n(AFP)",
        "Follow\n",
        "Headline\u2028\v\f\u0085\0\u001F\nShort Url\u2029\nFollow\n\nHeadline\n\n\u200B\u2060NUL \0 and ESC \u001B stay.\u3000\r\n",
        "Updated 07 July 2025\nFollow\n\nHeadline after the header\n\nBody.\n   \n \t",
        "Headline\n\nA caption that is a full sentence of words.\n(AFP)\nAn extra line\nShort Url\nPublished 7 Jul 2025, 14:05 PKT | Updated 8 Jul 2025\nFollow\n\nHeadline\n\nLAHORE / KARACHI, July 7 (Reuters) - Text.\n• item\n—APP",
        "Headline\n\nShort Url\nFollow\n\nA different subheading\n\n• highlight\n\nWASHINGTON ( ): Text here.\nFollow\nUpdated 31 February 2025\n",
        "Story one\n\nShort Url\nFollow\n\nStory one\n\nText one.\n\n\nStory two\n\nShort Url\nFollow\n\nstory   ‘two’\n\nText two.",
    };

    [Theory]
    [MemberData(nameof(ArticleFiles))]
    public void Write_EveryArticleFile_GivesBackItsBytes(string relativePath)
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestPaths.Root, relativePath));
        AssertSameText(Encoding.UTF8.GetString(bytes), Write(NewsParser.Parse(Encoding.UTF8.GetString(bytes))));
        Assert.Equal(bytes, Encoding.UTF8.GetBytes(Write(NewsParser.ParseUtf8(bytes))));
    }

    [Theory]
    [MemberData(nameof(SpecFiles))]
    public void Write_SpecExamples_GiveBackTheirText(string relativePath)
    {
        var examples = SpecExample.Load(Path.Combine(TestPaths.Root, relativePath)).ToList();
        Assert.NotEmpty(examples);
        foreach (var example in examples)
        {
            AssertSameText(example.Article, Write(NewsParser.Parse(example.Article, TestPipelines.LayoutOnly)));
        }

        // The spec file as a whole is no article, but every line of it is kept all the same.
        var whole = TestInputs.Read(Path.Combine(TestPaths.Root, relativePath));
        AssertSameText(whole, Write(NewsParser.Parse(whole, TestPipelines.LayoutOnly)));
    }

    [Theory]
    [MemberData(nameof(Awkward))]
    public void Write_AwkwardText_GivesItBack(string text) =>
        AssertSameText(text, Write(NewsParser.Parse(text, TestPipelines.LayoutOnly)));

    [Fact]
    public void Write_ChangedHeadline_ChangesExactlyTheHeadlineLines()
    {
        var text = TestInputs.Read(Path.Combine(TestPaths.Seeds, "000_64ecb9ab99d92700.txt"));
        var document = NewsParser.Parse(text);
        var article = document.Articles[0];
        var edited = document with { Articles = document.Articles.SetItem(0, article with { Headline = "A new headline" }) };

        var before = Write(document).Split('\n');
        var after = Write(edited).Split('\n');

        Assert.Equal(before.Length, after.Length);
        var changed = Enumerable.Range(0, before.Length).Where(i => before[i] != after[i]).ToList();
        Assert.Equal([0, 7], changed);
        Assert.Equal(article.Headline, before[0]);
        Assert.Equal("A new headline", after[0]);
        Assert.Equal("A new headline", after[7]);
    }

    [Fact]
    public void Write_ChangedParagraphAndDate_RendersTheFields()
    {
        var document = NewsParser.Parse("Talks end\r\n\r\nUpdated 07 July 2025\r\nFollow\r\n\r\nTALKS END\r\n\r\nNAIROBI (AFP) — First.\r\n\r\nSecond.\r\n", TestPipelines.LayoutOnly);
        var article = document.Articles[0];
        var edited = article with
        {
            Updated = new DateOnly(2025, 7, 9),
            Paragraphs = [article.Paragraphs[0] with { Text = "Changed." }, article.Paragraphs[1]],
            Dateline = article.Dateline! with { Wire = null },
        };

        var text = Write(document with { Articles = [edited] });

        // The stamp no longer says the article's date, so the header is written afresh; the rest keeps its layout.
        Assert.Equal("Talks end\r\n\r\nUpdated 09 July 2025\r\nFollow\r\n\r\nTALKS END\r\n\r\nNAIROBI: Changed.\r\n\r\nSecond.\r\n", text);
        var reparsed = NewsParser.Parse(text, TestPipelines.LayoutOnly).Articles[0];
        Assert.Equal(new DateOnly(2025, 7, 9), reparsed.Updated);
        Assert.Null(reparsed.Dateline!.Wire);
    }

    [Fact]
    public void Write_ModelBuiltInCode_UsesTheSeedLayout()
    {
        var article = new Article
        {
            Id = "art-000000000001",
            Headline = "Ministers meet in Nairobi",
            Updated = new DateOnly(2025, 7, 7),
            ShortUrl = true,
            Photo = new Photo { Caption = "Ministers shake hands.", Credit = "Reuters" },
            Highlights = [new Highlight { Text = "Talks cover trade" }],
            Dateline = new Dateline { Text = "NAIROBI", Places = ["NAIROBI"] },
            Paragraphs = [new Paragraph { Text = "Ministers met on Monday." }, new Paragraph { Text = "They agreed to meet again.", Kind = ParagraphKind.Body }],
        };

        var text = Write(new NewsDocument { Articles = [article] });

        Assert.Equal(
            "Ministers meet in Nairobi\n\nMinisters shake hands. (Reuters)\nShort Url\nUpdated 07 July 2025\nFollow\n\nMinisters meet in Nairobi\n\n  • Talks cover trade\n\nNAIROBI: Ministers met on Monday.\n\nThey agreed to meet again.\n",
            text);
    }

    [Fact]
    public void AddNewsModel_RegistersTheTextWriter()
    {
        using var services = new ServiceCollection().AddNewsModel().BuildServiceProvider();
        Assert.Contains(services.GetServices<INewsSerializer>(), s => s is NewsTextSerializer { Format: "newstext" });
    }

    internal static string Write(NewsDocument document)
    {
        using var writer = new StringWriter();
        new NewsTextSerializer().Write(document, writer);
        return writer.ToString();
    }

    /// <summary>Equal texts, or a failure that names the first line that differs, with its line breaks shown.</summary>
    internal static void AssertSameText(string expected, string actual)
    {
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            return;
        }

        var at = 0;
        while (at < expected.Length && at < actual.Length && expected[at] == actual[at])
        {
            at++;
        }

        static string Show(string text, int at) =>
            text.Substring(Math.Max(0, at - 40), Math.Min(text.Length, at + 40) - Math.Max(0, at - 40)).Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
        Assert.Fail($"The texts differ at index {at} of {expected.Length} / {actual.Length}:\nexpected …{Show(expected, at)}…\nactual   …{Show(actual, at)}…");
    }

    private static TheoryData<string> Relative(IEnumerable<string> paths)
    {
        var data = new TheoryData<string>();
        foreach (var path in paths)
        {
            data.Add(Path.GetRelativePath(TestPaths.Root, path));
        }

        return data;
    }
}
