using System.Text;
using NewsModel.Cli;
using NewsModel.Serialization.Json;
using NewsModel.Tests.Infrastructure;

namespace NewsModel.Tests.Streaming;

/// <summary>Inputs for the streaming tests, and the in-memory parse they are compared with.</summary>
internal static class StreamInputs
{
    private static readonly Lazy<string[]> s_articleFiles = new(() =>
        [.. TestInputs.SeedFiles(), .. TestInputs.LayoutArticleFiles(),
            .. Directory.EnumerateFiles(Path.Combine(TestPaths.Tests, "Corpus"), "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal)]);

    private static readonly Lazy<string[]> s_articleTexts = new(() => [.. s_articleFiles.Value.Select(TestInputs.Read)]);

    /// <summary>Gets every article file of the repository: the seeds, the layout articles and the labelled corpus.</summary>
    public static IReadOnlyList<string> ArticleFiles => s_articleFiles.Value;

    /// <summary>Gets the decoded text of each of <see cref="ArticleFiles"/>.</summary>
    public static IReadOnlyList<string> ArticleTexts => s_articleTexts.Value;

    /// <summary>Every article file, one after another with a blank line between: several hundred KB and many articles.</summary>
    public static string AllArticles() => string.Join("\n\n", ArticleTexts.Select(t => t.TrimStart('\uFEFF')));

    /// <summary>Repeats every article file, headlines varied per round, to at least <paramref name="megabytes"/> MB of UTF-8.</summary>
    public static byte[] Generated(int megabytes)
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true))
        {
            CorpusGenerator.Write(ArticleTexts, writer, megabytes * 1024L * 1024);
        }

        return buffer.ToArray();
    }

    public static async Task<List<string>> StreamJsonAsync(Stream stream, NewsPipeline? pipeline = null, NewsStreamOptions? options = null, string? source = null)
    {
        var json = new List<string>();
        await foreach (var article in NewsParser.ParseAsync(stream, pipeline, source, options))
        {
            json.Add(NewsJson.SerializeArticle(article));
        }

        return json;
    }

    public static List<string> InMemoryJson(byte[] utf8, NewsPipeline? pipeline = null, string? source = null) =>
        [.. NewsParser.ParseUtf8(utf8, pipeline, source).Articles.Select(a => NewsJson.SerializeArticle(a))];
}
