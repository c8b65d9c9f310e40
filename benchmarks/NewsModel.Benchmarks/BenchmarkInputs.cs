using System.Text;

namespace NewsModel.Benchmarks;

/// <summary>
/// The benchmark inputs, loaded once: the seed file, and an ~8 MB corpus built by repeating the hand-written test
/// articles. Both are real layout text, so the figures are deterministic and representative.
/// </summary>
public static class BenchmarkInputs
{
    public const string Seed = "seed";
    public const string Corpus = "corpus-8MB";

    private const int CorpusBytes = 8 * 1024 * 1024;

    private static readonly Lazy<Dictionary<string, string>> s_texts = new(Load);

    public static IEnumerable<string> Names => [Seed, Corpus];

    public static string Text(string name) => s_texts.Value[name];

    public static long Utf8Bytes(string name) => Encoding.UTF8.GetByteCount(Text(name));

    /// <summary>The hand-written test articles, in file name order.</summary>
    public static string[] Articles() =>
        [.. Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "inputs", "articles"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)];

    private static Dictionary<string, string> Load()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "inputs");
        var seed = File.ReadAllText(Directory.EnumerateFiles(Path.Combine(root, "seeds"), "*.txt").Order(StringComparer.Ordinal).First());
        var articles = Articles();
        var corpus = new StringBuilder(CorpusBytes + 65536);
        while (corpus.Length < CorpusBytes)
        {
            foreach (var article in articles)
            {
                corpus.Append(article.TrimEnd()).Append("\n\n\n");
            }
        }

        return new Dictionary<string, string> { [Seed] = seed, [Corpus] = corpus.ToString() };
    }
}
