using NewsModel.Serialization.Diagram;
using NewsModel.Tests.Infrastructure;

namespace NewsModel.Tests.Extraction;

/// <summary>
/// Every example in <c>Specs/*.spec.txt</c>: the article is parsed and its diagram lines of the compared kinds must be
/// exactly the expected ones. New extraction behaviour starts as a new example, for success and for failure.
/// </summary>
public sealed class SpecTests
{
    public static TheoryData<string, string> Examples
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var path in Directory.EnumerateFiles(Path.Combine(TestPaths.Tests, "Specs"), "*.spec.txt").Order(StringComparer.Ordinal))
            {
                foreach (var example in SpecExample.Load(path))
                {
                    data.Add(example.File, example.Name);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_ProducesExpectedRecords(string file, string name)
    {
        var example = SpecExample.Load(Path.Combine(TestPaths.Tests, "Specs", file)).Single(e => e.Name == name);
        var document = NewsParser.Parse(example.Article);
        using var writer = new StringWriter();
        new DiagramNewsSerializer().Write(document, writer);
        var actual = writer.ToString().Split('\n')
            .Where(line => line.StartsWith("  ", StringComparison.Ordinal) && example.Kinds.Contains(line.TrimStart().Split(' ')[0]))
            .Select(SpecExample.Normalize)
            .ToList();
        Assert.Equal(example.Expected.Select(SpecExample.Normalize), actual);
    }
}
