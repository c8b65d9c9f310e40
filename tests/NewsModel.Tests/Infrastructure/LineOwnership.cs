using NewsModel.Domain;

namespace NewsModel.Tests.Infrastructure;

/// <summary>
/// Which layout element each input line belongs to, read back from the model's spans: the check behind
/// "no line is lost, and none is counted twice".
/// </summary>
internal static class LineOwnership
{
    public static Dictionary<int, List<string>> Collect(NewsDocument document)
    {
        var owners = new Dictionary<int, List<string>>();
        foreach (var article in document.Articles)
        {
            // Several stamps may share one line; the line still has one owner, the header.
            foreach (var line in article.Evidence.Select(e => (e.Span.Line, Owner: e.Field is "published" or "updated" ? "stamp" : e.Field)).Distinct())
            {
                Add(owners, line.Line, $"{line.Owner}");
            }

            if (article.Photo is { } photo)
            {
                for (var line = photo.Span.Line; line <= LastLine(photo.Span, photo.CreditSpan); line++)
                {
                    Add(owners, line, "photo");
                }
            }

            foreach (var highlight in article.Highlights)
            {
                Add(owners, highlight.Span.Line, "highlight");
            }

            foreach (var paragraph in article.Paragraphs)
            {
                Add(owners, paragraph.Span.Line, $"paragraph '{paragraph.Text[..Math.Min(20, paragraph.Text.Length)]}'");
            }

            // A repeated stamp of the same kind is reported, not used; its diagnostic is where the line went.
            foreach (var diagnostic in article.Diagnostics.Where(d => d.Code == Text.DiagnosticCodes.DuplicateStamp))
            {
                if (!owners.ContainsKey(diagnostic.Span.Line))
                {
                    Add(owners, diagnostic.Span.Line, "duplicate stamp");
                }
            }
        }

        return owners;
    }

    public static IEnumerable<int> NonBlankLines(string decodedText)
    {
        var number = 0;
        foreach (var line in SplitLines(decodedText))
        {
            number++;
            if (line.Any(c => !char.IsWhiteSpace(c) && c is not ('\u200B' or '\u2060' or '\uFEFF')))
            {
                yield return number;
            }
        }
    }

    private static IEnumerable<string> SplitLines(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\r' or '\n')
            {
                yield return text[start..i];
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return text[start..];
        }
    }

    private static int LastLine(Text.TextSpan span, Text.TextSpan? credit) => Math.Max(span.Line, credit?.Line ?? span.Line);

    private static void Add(Dictionary<int, List<string>> owners, int line, string owner)
    {
        if (!owners.TryGetValue(line, out var list))
        {
            owners[line] = list = [];
        }

        list.Add(owner);
    }
}
