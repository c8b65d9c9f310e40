using System.Text;

namespace NewsModel.Tests.Infrastructure;

/// <summary>The input files tests read: the seeds and the hand-written layout articles, decoded as the console decodes them.</summary>
internal static class TestInputs
{
    public static IEnumerable<string> SeedFiles() => Directory.EnumerateFiles(TestPaths.Seeds, "*.txt").Order(StringComparer.Ordinal);

    public static IEnumerable<string> LayoutArticleFiles() =>
        Directory.EnumerateFiles(TestPaths.LayoutArticles, "*.txt").Order(StringComparer.Ordinal);

    /// <summary>Every article text in the repository: the seeds, the layout articles and every corpus split.</summary>
    public static IEnumerable<string> AllArticleFiles() =>
        SeedFiles().Concat(LayoutArticleFiles())
            .Concat(Directory.EnumerateFiles(Path.Combine(TestPaths.Tests, "Corpus"), "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal));

    /// <summary>The spec files of extraction examples.</summary>
    public static IEnumerable<string> SpecFiles() => Directory.EnumerateFiles(Path.Combine(TestPaths.Tests, "Specs"), "*.spec.txt").Order(StringComparer.Ordinal);

    /// <summary>Decodes a file as UTF-8, keeping a BOM as U+FEFF, as <see cref="Encoding.GetString(byte[])"/> does: the parser must ignore it.</summary>
    public static string Read(string path) => Encoding.UTF8.GetString(File.ReadAllBytes(path));

    public static TheoryData<string> Names(IEnumerable<string> paths)
    {
        var data = new TheoryData<string>();
        foreach (var path in paths)
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }
}
