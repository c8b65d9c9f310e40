using System.Text.Json;

namespace NewsModel.Tests.Layout;

/// <summary>The layout facts a person wrote down for one hand-written test article (<c>Articles/*.expected.json</c>).</summary>
internal sealed record ExpectedArticle(
    string Headline,
    string? Published,
    string? Updated,
    bool ShortUrl,
    string? Caption,
    string? Credit,
    IReadOnlyList<string> Highlights,
    string? Dateline,
    IReadOnlyList<string> DatelinePlaces,
    string? DatelineWire,
    IReadOnlyList<(string Text, string Kind)> Paragraphs)
{
    public static IReadOnlyList<ExpectedArticle> Load(string articlePath)
    {
        var path = Path.ChangeExtension(articlePath, ".expected.json");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var articles = new List<ExpectedArticle>();
        foreach (var a in json.RootElement.GetProperty("articles").EnumerateArray())
        {
            articles.Add(new ExpectedArticle(
                a.GetProperty("headline").GetString()!,
                a.GetProperty("published").GetString(),
                a.GetProperty("updated").GetString(),
                a.GetProperty("shortUrl").GetBoolean(),
                a.GetProperty("caption").GetString(),
                a.GetProperty("credit").GetString(),
                [.. a.GetProperty("highlights").EnumerateArray().Select(h => h.GetString()!)],
                a.GetProperty("dateline").GetString(),
                [.. a.GetProperty("datelinePlaces").EnumerateArray().Select(p => p.GetString()!)],
                a.GetProperty("datelineWire").GetString(),
                [.. a.GetProperty("paragraphs").EnumerateArray().Select(p => (p.GetProperty("text").GetString()!, p.GetProperty("kind").GetString()!))]));
        }

        return articles;
    }
}
