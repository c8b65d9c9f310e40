using System.Text.RegularExpressions;

namespace NewsModel.Tests.Infrastructure;

/// <summary>
/// Extraction examples in <c>Specs/*.spec.txt</c>, in the manner of Markdig's spec files. Each example is
/// <c>### name</c>, optional <c># compare: kinds…</c>, <c># published: yyyy-MM-dd</c>, <c># headline: …</c> and
/// <c># caption: …</c> (a photo caption under the headline, with its credit if one is written) lines, the body paragraphs,
/// a line holding only <c>.</c>, then the expected diagram lines of those kinds, written by hand from the text.
/// </summary>
internal sealed partial record SpecExample(string File, string Name, string Body, DateOnly? Published, string Headline, string? Caption, IReadOnlyList<string> Kinds, IReadOnlyList<string> Expected)
{
    public override string ToString() => $"{File}: {Name}";

    /// <summary>
    /// The example's body wrapped in the seed layout, so the stamp gives the reference date (<c># published: none</c>
    /// leaves it out); a caption stands on the line above the stamp, as in the seeds.
    /// </summary>
    public string Article => Published is { } date
        ? $"{Headline}\n\n{CaptionLine}Published {date.ToString("dd MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}\nFollow\n\n{Headline}\n\n{Body}\n"
        : $"{Headline}\n\n{CaptionLine}Short Url\nFollow\n\n{Headline}\n\n{Body}\n";

    private string CaptionLine => Caption is null ? "" : Caption + "\n";

    public static IEnumerable<SpecExample> Load(string path)
    {
        var file = Path.GetFileName(path);
        var lines = System.IO.File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("### ", StringComparison.Ordinal))
            {
                continue;
            }

            var name = lines[i][4..];
            var kinds = new List<string>();
            DateOnly? published = new DateOnly(2025, 7, 7);
            var headline = "Spec example";
            string? caption = null;
            var body = new List<string>();
            var expected = new List<string>();
            var k = i + 1;
            for (; k < lines.Length && lines[k] != "."; k++)
            {
                if (lines[k].StartsWith("# compare:", StringComparison.Ordinal))
                {
                    kinds.AddRange(lines[k]["# compare:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries));
                }
                else if (lines[k].StartsWith("# published:", StringComparison.Ordinal))
                {
                    var value = lines[k]["# published:".Length..].Trim();
                    published = value == "none" ? null : DateOnly.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
                }
                else if (lines[k].StartsWith("# headline:", StringComparison.Ordinal))
                {
                    headline = lines[k]["# headline:".Length..].Trim();
                }
                else if (lines[k].StartsWith("# caption:", StringComparison.Ordinal))
                {
                    caption = lines[k]["# caption:".Length..].Trim();
                }
                else
                {
                    body.Add(lines[k]);
                }
            }

            for (k++; k < lines.Length && !lines[k].StartsWith("### ", StringComparison.Ordinal); k++)
            {
                if (lines[k].Length > 0 && !lines[k].StartsWith('#'))
                {
                    expected.Add(lines[k]);
                }
            }

            if (kinds.Count == 0)
            {
                kinds.AddRange(expected.Select(e => e.Split(' ')[0]).Distinct());
            }

            yield return new SpecExample(file, name, string.Join("\n", body).Trim('\n'), published, headline, caption, kinds, expected);
            i = k - 1;
        }
    }

    /// <summary>A diagram line without what a hand-written expectation cannot know: ids, spans, confidence.</summary>
    public static string Normalize(string line)
    {
        line = line.Trim();
        line = Span().Replace(line, "");
        line = Reference().Replace(line, "");
        line = Id().Replace(line, "");
        line = Confidence().Replace(line, "");
        return Spaces().Replace(line, " ").Trim();
    }

    [GeneratedRegex(@" \[\d+\.\.\d+\) \d+:\d+$")]
    private static partial Regex Span();

    [GeneratedRegex(@" (meeting|package)=""[a-z]+-[0-9a-f]{12}""")]
    private static partial Regex Reference();

    [GeneratedRegex(@"\b(mtg|pkg|loan|del|com|per|org|plc|mny|quo)-[0-9a-f]{12}\b")]
    private static partial Regex Id();

    [GeneratedRegex(@" confidence=\d\.\d\d( review)?")]
    private static partial Regex Confidence();

    [GeneratedRegex(@" {2,}")]
    private static partial Regex Spaces();
}
