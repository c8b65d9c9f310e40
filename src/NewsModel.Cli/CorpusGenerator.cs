using System.Globalization;
using System.Text;

namespace NewsModel.Cli;

/// <summary>
/// Makes a large input for scale tests by repeating articles, each round with its headlines varied so that every
/// copy is a distinct article with its own id.
/// </summary>
/// <remarks>
/// A headline is varied in both places it appears (before the header and repeated after it), so each copy keeps the
/// layout of the article it was made from.
/// </remarks>
internal static class CorpusGenerator
{
    /// <summary>Writes rounds of <paramref name="texts"/> until at least <paramref name="minimumBytes"/> UTF-8 bytes are written.</summary>
    /// <returns>The number of bytes written.</returns>
    public static long Write(IReadOnlyList<string> texts, TextWriter writer, long minimumBytes)
    {
        ArgumentOutOfRangeException.ThrowIfZero(texts.Count);
        var templates = texts.Select(Template.From).ToList();
        long written = 0;
        for (var round = 1; written < minimumBytes; round++)
        {
            foreach (var template in templates)
            {
                var text = template.Render(round);
                writer.Write(text);
                writer.Write("\n\n");
                written += Encoding.UTF8.GetByteCount(text) + 2;
            }
        }

        return written;
    }

    /// <summary>Returns one round of every text, as <see cref="Write"/> writes it.</summary>
    public static string Round(IReadOnlyList<string> texts, int round)
    {
        var builder = new StringBuilder();
        foreach (var template in texts.Select(Template.From))
        {
            builder.Append(template.Render(round)).Append("\n\n");
        }

        return builder.ToString();
    }

    /// <summary>One input text with the spans of its headlines, to be rendered with a varied headline per round.</summary>
    private sealed class Template
    {
        private readonly string _text;
        private readonly List<(int Start, int End)> _headlines;

        private Template(string text, List<(int Start, int End)> headlines)
        {
            _text = text;
            _headlines = headlines;
        }

        public static Template From(string text)
        {
            // Parse without extraction: only the layout's headline spans are needed.
            var layoutOnly = new NewsPipelineBuilder().Build();
            var document = NewsParser.Parse(text, layoutOnly);
            var spans = document.Articles
                .SelectMany(a => a.Evidence)
                .Where(e => e.Field is "headline" or "headlineRepeat")
                .Select(e => (e.Span.Start, e.Span.End))
                .OrderBy(s => s.Start)
                .ToList();

            // Spans index the text without its BOM.
            return new Template(text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text, spans);
        }

        public string Render(int round)
        {
            var suffix = string.Create(CultureInfo.InvariantCulture, $" — edition {round}");
            var builder = new StringBuilder(_text.Length + (_headlines.Count * suffix.Length));
            var at = 0;
            foreach (var (_, end) in _headlines)
            {
                builder.Append(_text, at, end - at).Append(suffix);
                at = end;
            }

            return builder.Append(_text, at, _text.Length - at).ToString();
        }
    }
}
