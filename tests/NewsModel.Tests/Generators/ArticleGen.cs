using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using NewsModel.Domain;

namespace NewsModel.Tests.Generators;

/// <summary>
/// Reusable generators of news text and of models built in code: headlines, captions with and without credit,
/// headers, highlights, datelines and paragraphs with quotes and unicode (astral characters, right-to-left marks),
/// laid out with every kind of line ending, indentation, trailing white space and blank-line run.
/// </summary>
internal static class ArticleGen
{
    private static readonly string[] s_words =
    [
        "talks", "loan", "minister", "bank", "agreement", "delegation", "trade", "energy", "roads", "water", "budget",
        "reform", "grant", "visit", "summit", "policy", "support", "growth", "schools", "transit", "Kenya", "Pakistan",
        "Nepal", "Peru", "Ghana", "São", "Tomé", "Côte", "d’Ivoire", "Zürich", "Ålesund", "naïve", "€1.5bn", "$730m",
        "Rs50", "Tk146", "¥95", "السلام", "שלום", "नेपाल", "中国", "😀", "𝔸𝔹", "\u200Fمرحبا\u200F", "\u202Bقطر\u202C", "co\u00ADoperation",
    ];

    private static readonly string[] s_capitalised =
    [
        "Ministers", "Officials", "Lenders", "Kenya", "Pakistan", "Nepal", "Ghana", "Bank", "Donors", "Talks", "Japan",
        "Égypte", "Ūdens", "Árvíztűrő", "Zambia", "Somalia", "Qatar", "Oman",
    ];

    private static readonly string[] s_places = ["ISLAMABAD", "NAIROBI", "LAHORE", "KARACHI", "NEW DELHI", "DAR ES SALAAM", "KATHMANDU", "LIMA", "AMMAN"];

    private static readonly string[] s_wires = ["Reuters", "AFP", "AP", "APP", "Xinhua"];

    private static readonly string[] s_credits = ["Reuters", "AFP", "Foreign Office", "Ahmed Khan", "Ministry of Finance", "Xinhua"];

    /// <summary>One line break, chosen per document (LF, CRLF, CR) or per line (mixed).</summary>
    public static Gen<Func<Gen<string>>> LineEndings { get; } = Gen.Elements<Func<Gen<string>>>(
        () => Gen.Constant("\n"), () => Gen.Constant("\r\n"), () => Gen.Constant("\r"), () => Gen.Elements("\n", "\r\n", "\r"));

    /// <summary>A word, now and then one from another script, an astral character or a right-to-left mark.</summary>
    public static Gen<string> Word { get; } = Gen.Elements(s_words);

    /// <summary>A run of one to <paramref name="max"/> words, the first capitalised.</summary>
    public static Gen<string> Words(int max) =>
        from first in Gen.Elements(s_capitalised)
        from count in Gen.Choose(0, max - 1)
        from rest in Gen.ArrayOf(Word, count)
        select string.Join(" ", [first, .. rest]);

    /// <summary>A headline: words without closing punctuation.</summary>
    public static Gen<string> Headline { get; } =
        from words in Words(10)
        from quoted in Gen.Elements(false, false, true)
        select quoted ? $"{words} ‘{s_words[words.Length % s_words.Length]}’" : words;

    /// <summary>A sentence of running text, sometimes a quotation, always ending in a full stop or a closing quote.</summary>
    public static Gen<string> Sentence { get; } =
        from words in Words(24)
        from form in Gen.Choose(0, 3)
        select form switch
        {
            0 => $"“{words},” the ministry said.",
            1 => $"{words} (ADB) “{words.ToLowerInvariant()}” in 2025.",
            _ => words + ".",
        };

    /// <summary>A date between 2000 and 2030.</summary>
    public static Gen<DateOnly> Date { get; } =
        from day in Gen.Choose(0, 365 * 30)
        select new DateOnly(2000, 1, 1).AddDays(day);

    /// <summary>A text of one to three articles in the seed layout, with the ways pages are copied badly, as the parser should give it back.</summary>
    public static Gen<string> Text { get; } =
        from endings in LineEndings
        from bom in Gen.Elements(false, false, false, true)
        from preamble in Gen.ArrayOf(Gen.Elements("Home > World", "Advertisement", "  ", "Follow", "Updated 07 July 2025")).Resize(3)
        from articles in Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(ArticleLines, n))
        from finalBreak in Gen.Elements(true, true, false)
        from layout in LaidOut([.. preamble, .. articles.SelectMany(a => a)], endings())
        select (bom ? "\uFEFF" : "") + (finalBreak ? layout : layout.TrimEnd('\r', '\n'));

    /// <summary>Arbitrary strings of the characters that matter to the layout: line breaks, white space, bullets, stamps, quotes.</summary>
    public static Gen<string> Noise { get; } =
        from pieces in Gen.ArrayOf(Gen.Elements(
            "\n", "\r", "\r\n", " ", "\t", "\u00A0", "\u200B", "\uFEFF", "•", "- ", "Follow", "Short Url", "Updated 07 July 2025",
            "Published: July 7, 2025", "KARACHI (Reuters):", "ISLAMABAD: ", "(AFP)", "—APP", "Headline", "text.", "“", "”", "😀", "\u200F", "a"))
        select string.Concat(pieces);

    /// <summary>The lines of one article, without layout: the parser's view of a page.</summary>
    private static Gen<string[]> ArticleLines { get; } =
        from headline in Headline
        from repeatForm in Gen.Choose(0, 5)
        from caption in Gen.OneOf(Gen.Constant(Array.Empty<string>()), CaptionLines)
        from header in HeaderLines
        from highlights in Gen.ArrayOf(Gen.Zip(Gen.Elements("• ", "•", "▪ ", "- ", "* ", "●  "), Sentence)).Resize(3)
        from dateline in Gen.OneOf(Gen.Constant(""), DatelineText)
        from paragraphs in Gen.NonEmptyListOf(BodyLine).Resize(6)
        select (string[])
        [
            headline,
            .. caption,
            .. header,
            .. repeatForm switch
            {
                0 => Array.Empty<string>(),
                1 => [headline.ToUpperInvariant()],
                2 => [headline.Replace('‘', '\'').Replace('’', '\'').Replace(" ", "  ", StringComparison.Ordinal)],
                3 => ["A subheading instead of the headline"],
                _ => [headline],
            },
            .. highlights.Select(h => h.Item1 + h.Item2),
            dateline + paragraphs[0],
            .. paragraphs.Skip(1),
        ];

    private static Gen<string[]> CaptionLines { get; } =
        from sentence in Sentence
        from credit in Gen.Elements(s_credits)
        from form in Gen.Choose(0, 6)
        select (string[])(form switch
        {
            0 => [$"{sentence} ({credit})"],
            1 => [$"{sentence} — Photo via {credit}"],
            2 => [$"{sentence} Photo: {credit}"],
            3 => [$"{sentence} / {credit}"],
            4 => [sentence, $"({credit})"],
            5 => [$"{sentence} File photo"],
            _ => [sentence],
        });

    private static Gen<string[]> HeaderLines { get; } =
        from date in Date
        from other in Date
        from shortUrl in Gen.Elements("Short Url", "Short URL", "Short link", "")
        from stamps in Gen.ArrayOf(Gen.Elements(
            "Updated {0:dd MMMM yyyy}", "Published {0:MMMM d, yyyy} at 3:20 pm", "Updated: {0:d MMM yyyy}, 14:05 PKT",
            "Published {0:d MMM yyyy} | Updated {1:d MMM yyyy}", "Last updated {0:dd MMMM yyyy} 10:45 AM", "Updated 31 February 2025")).Resize(3)
        from follow in Gen.Elements("Follow", "FOLLOW", "Follow")
        select (string[])
        [
            .. shortUrl.Length > 0 ? [shortUrl] : Array.Empty<string>(),
            .. stamps.Select(s => string.Format(CultureInfo.InvariantCulture, s, date.ToDateTime(TimeOnly.MinValue), other.ToDateTime(TimeOnly.MinValue))),
            follow,
        ];

    private static Gen<string> DatelineText { get; } =
        from place in Gen.Elements(s_places)
        from second in Gen.Elements(s_places)
        from wire in Gen.Elements(s_wires)
        from form in Gen.Choose(0, 5)
        select form switch
        {
            0 => $"{place}: ",
            1 => $"{place} ({wire}): ",
            2 => $"{place} / {second}: ",
            3 => $"{place}, July 7 ({wire}) - ",
            4 => $"{CultureInfo.InvariantCulture.TextInfo.ToTitleCase(place.ToLowerInvariant())} — ",
            _ => $"{place}:\t",
        };

    private static Gen<string> BodyLine { get; } = Gen.Frequency(
        (8, Sentence),
        (1, Words(6)),
        (1, Sentence.Select(s => "• " + s)),
        (1, Gen.Elements("—APP", "(AFP)", "With input from Reuters", "Follow", "Short Url")));

    /// <summary>Lays lines out with blank-line runs (some holding white space), indentation, trailing white space and the given line breaks.</summary>
    private static Gen<string> LaidOut(string[] lines, Gen<string> ending) =>
        Gen.CollectToArray(lines, line =>
            from blanks in Gen.Frequency((3, Gen.Constant(0)), (5, Gen.Constant(1)), (1, Gen.Choose(2, 4)))
            from blankSpace in Gen.Elements("", "", "", " ", "\t", "\u00A0 ")
            from indent in Gen.Elements("", "", "", "", "  ", "\t", "\u200B")
            from trailing in Gen.Elements("", "", "", "", " ", "  \t", "\u00A0")
            from endings in Gen.ArrayOf(ending, blanks + 1)
            select string.Concat(endings.Take(blanks).Select(e => blankSpace + e)) + indent + line + trailing + endings[^1])
        .Select(string.Concat);

    /// <summary>A document built in code, with no recorded layout, whose fields all read back as what they are.</summary>
    public static Gen<NewsDocument> Model { get; } =
        from articles in Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(ModelArticle, n))
        select new NewsDocument { Articles = [.. articles] };

    private static Gen<Article> ModelArticle { get; } =
        from headline in Headline
        from photo in Gen.OneOf(Gen.Constant<Photo?>(null), ModelPhoto)
        from shortUrl in Gen.Elements(true, false)
        from published in Gen.OneOf(Gen.Constant<DateOnly?>(null), Date.Select(d => (DateOnly?)d))
        from updated in Gen.OneOf(Gen.Constant<DateOnly?>(null), Date.Select(d => (DateOnly?)d))
        from highlights in Gen.ArrayOf(Sentence).Resize(3)
        from dateline in Gen.OneOf(Gen.Constant<Dateline?>(null), ModelDateline)
        from first in Sentence
        from rest in Gen.ArrayOf(ModelParagraph).Resize(5)
        from credit in Gen.Elements<string?>(null, null, "—APP", "(AFP)")
        select new Article
        {
            Id = "art-000000000000",
            Headline = headline,
            Photo = photo,
            ShortUrl = shortUrl,
            Published = published,
            Updated = updated,
            Highlights = [.. highlights.Select(h => new Highlight { Text = h })],
            Dateline = dateline,
            Paragraphs =
            [
                new Paragraph { Text = first, Kind = ParagraphKind.Body },
                .. rest,
                .. credit is null ? Array.Empty<Paragraph>() : [new Paragraph { Text = credit, Kind = ParagraphKind.WireCredit }],
            ],
        };

    private static Gen<Photo?> ModelPhoto { get; } =
        from caption in Sentence
        from credit in Gen.Elements<string?>([null, .. s_credits])
        select (Photo?)new Photo { Caption = caption, Credit = credit };

    private static Gen<Dateline?> ModelDateline { get; } =
        from count in Gen.Choose(1, 2)
        from places in Gen.ArrayOf(Gen.Elements(s_places), count)
        from wire in Gen.Elements<string?>([null, .. s_wires])
        select (Dateline?)new Dateline { Text = string.Join(" / ", places), Places = [.. places], Wire = wire };

    private static Gen<Paragraph> ModelParagraph { get; } = Gen.Frequency(
        (6, Sentence.Select(s => new Paragraph { Text = s, Kind = ParagraphKind.Body })),
        (1, Words(4).Select(s => new Paragraph { Text = s, Kind = ParagraphKind.Subheading })),
        (1, Sentence.Select(s => new Paragraph { Text = s, Kind = ParagraphKind.ListItem })));

    /// <summary>The layout fields of an article, one per line, for comparing two models.</summary>
    public static string LayoutFields(Article article)
    {
        var text = new StringBuilder();
        text.Append("headline ").AppendLine(article.Headline)
            .Append("published ").AppendLine(article.Published?.ToString("O", CultureInfo.InvariantCulture))
            .Append("updated ").AppendLine(article.Updated?.ToString("O", CultureInfo.InvariantCulture))
            .Append("shortUrl ").AppendLine(article.ShortUrl ? "yes" : "no")
            .Append("caption ").AppendLine(article.Photo?.Caption)
            .Append("credit ").AppendLine(article.Photo?.Credit);
        foreach (var highlight in article.Highlights)
        {
            text.Append("highlight ").AppendLine(highlight.Text);
        }

        if (article.Dateline is { } dateline)
        {
            text.Append("dateline ").Append(dateline.Text).Append(" [").AppendJoin("|", dateline.Places).Append("] ").AppendLine(dateline.Wire);
        }

        foreach (var paragraph in article.Paragraphs)
        {
            text.Append(paragraph.Kind.ToString()).Append(' ').AppendLine(paragraph.Text);
        }

        return text.ToString();
    }
}
