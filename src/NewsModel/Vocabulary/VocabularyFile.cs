using System.Reflection;

namespace NewsModel.Vocabulary;

/// <summary>Reads the tab-separated vocabulary files embedded in the library (<c>Vocabulary/Data/*.tsv</c>).</summary>
/// <remarks>
/// Format: UTF-8, a header line starting with <c>#</c>, one record per line, columns separated by a tab, list values
/// separated by <c>|</c>. Vocabulary is general knowledge (month names, agencies, countries), never article facts.
/// </remarks>
internal static class VocabularyFile
{
    public static IEnumerable<string[]> Read(string fileName)
    {
        var resource = "NewsModel.Vocabulary.Data." + fileName;
        using var stream = typeof(VocabularyFile).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Vocabulary file '{resource}' is not embedded in the library.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            yield return line.Split('\t');
        }
    }

    /// <summary>Splits a list-valued column; an empty column gives no values.</summary>
    public static string[] List(string column) =>
        column.Length == 0 ? [] : column.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Gets column <paramref name="index"/>, or empty when the line is shorter.</summary>
    public static string Column(string[] columns, int index) => index < columns.Length ? columns[index] : "";
}
