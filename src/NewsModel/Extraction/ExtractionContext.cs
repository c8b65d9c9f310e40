using NewsModel.Domain;
using NewsModel.Extraction.Entities;
using NewsModel.Extraction.Tokens;
using NewsModel.Text;

namespace NewsModel.Extraction;

/// <summary>
/// The working state of extraction for one article — its tokens and sentences, what the recognisers found and the
/// records the extractors build — like NodaTime's parse bucket: rules fill it, and the article's records are built
/// from it once at the end.
/// </summary>
/// <remarks>
/// One context serves one parse on one thread and is reset between articles, so its lists keep their capacity and
/// extraction allocates little beyond the records it returns. <see cref="Rent"/> hands out a context cached per thread.
/// </remarks>
internal sealed partial class ExtractionContext
{
    /// <summary>Lists larger than this are dropped rather than cached, so one huge input does not pin memory.</summary>
    private const int MaxCachedTokens = 1 << 20;

    [ThreadStatic]
    private static ExtractionContext? t_cached;

    private bool[] _covered = new bool[256];

    private ExtractionContext()
    {
    }

    public string Source { get; private set; } = "";

    public Article Article { get; private set; } = null!;

    /// <summary>The article's reference date: its published date, else its updated date.</summary>
    public DateOnly? ReferenceDate { get; private set; }

    public DateReference ReferenceKind { get; private set; }

    public List<Token> Tokens { get; } = [];

    public List<Sentence> Sentences { get; } = [];

    /// <summary>For each paragraph of the article, the range of its tokens (paragraphs that are not text have none).</summary>
    public List<(int First, int End)> ParagraphTokens { get; } = [];

    /// <summary>Recognisers' findings, in the order they were made; see <see cref="AnnotationsIn"/>.</summary>
    public List<Annotation> Annotations { get; } = [];

    public List<PlaceEntity> Places { get; } = [];

    public List<OrganizationEntity> Organizations { get; } = [];

    public List<PersonEntity> People { get; } = [];

    public List<MoneyValue> Money { get; } = [];

    public List<DateValue> Dates { get; } = [];

    public List<QuoteValue> Quotes { get; } = [];

    public List<Diagnostic> Diagnostics { get; } = [];

    public RecordDrafts Drafts { get; } = new();

    public static ExtractionContext Rent()
    {
        var context = t_cached ?? new ExtractionContext();
        t_cached = null;
        return context;
    }

    public static void Return(ExtractionContext context)
    {
        if (context.Tokens.Capacity <= MaxCachedTokens)
        {
            context.Reset();
            t_cached = context;
        }
    }

    /// <summary>Starts work on an article: tokenises its text paragraphs and splits them into sentences.</summary>
    public void Begin(string source, Article article)
    {
        Reset();
        Source = source;
        Article = article;
        (ReferenceDate, ReferenceKind) = article.Published is { } published ? (published, DateReference.Published)
            : article.Updated is { } updated ? (updated, DateReference.Updated)
            : ((DateOnly?)null, DateReference.None);

        for (var p = 0; p < article.Paragraphs.Length; p++)
        {
            var paragraph = article.Paragraphs[p];
            var first = Tokens.Count;
            if (paragraph.Kind is ParagraphKind.Body or ParagraphKind.ListItem or ParagraphKind.Subheading)
            {
                Tokenizer.Tokenize(source, paragraph.Span.Start, paragraph.Span.End, Tokens);
                SentenceSplitter.Split(source, Tokens, first, Tokens.Count, p, Sentences);
            }

            ParagraphTokens.Add((first, Tokens.Count));
        }

        if (_covered.Length < Tokens.Count)
        {
            _covered = new bool[Math.Max(Tokens.Count, _covered.Length * 2)];
        }
        else
        {
            Array.Clear(_covered, 0, Tokens.Count);
        }
    }

    /// <summary>Records a finding; its tokens count as covered, so later recognisers leave them alone.</summary>
    public int Annotate(Annotation annotation)
    {
        Annotations.Add(annotation);
        for (var i = annotation.First; i < annotation.End; i++)
        {
            _covered[i] = true;
        }

        return Annotations.Count - 1;
    }

    public bool IsCovered(int token) => _covered[token];

    /// <summary>The findings whose first token lies in [<paramref name="first"/>, <paramref name="end"/>), in text order.</summary>
    public IEnumerable<Annotation> AnnotationsIn(int first, int end, AnnotationKind kind)
    {
        // Annotations are few per article; a scan keeps the order recognisers were run irrelevant.
        var found = new List<Annotation>();
        foreach (var annotation in Annotations)
        {
            if (annotation.Kind == kind && annotation.First >= first && annotation.First < end)
            {
                found.Add(annotation);
            }
        }

        found.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    public ReadOnlySpan<char> Text(int token) => Tokens[token].Text(Source);

    public string TextOf(int first, int end) => Source[Tokens[first].Start..Tokens[end - 1].End];

    /// <summary>The span from token <paramref name="first"/> through token <paramref name="end"/> − 1.</summary>
    public TextSpan Span(int first, int end) => SpanOfChars(Tokens[first].Start, Tokens[end - 1].End);

    public TextSpan SpanOfChars(int start, int end)
    {
        var paragraph = ParagraphContaining(start);
        var span = paragraph.Span;

        // Paragraphs are single lines, so the line is the paragraph's and the column moves with the offset.
        return new TextSpan(start, end - start, span.Line, span.Column + (start - span.Start));
    }

    public TextSpan SentenceSpan(Sentence sentence) => Span(sentence.First, sentence.End);

    public void Report(string code, DiagnosticSeverity severity, string message, TextSpan span) =>
        Diagnostics.Add(new Diagnostic(code, severity, message, span));

    private Paragraph ParagraphContaining(int start)
    {
        var paragraphs = Article.Paragraphs;
        int low = 0, high = paragraphs.Length - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (paragraphs[mid].Span.Start <= start)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return paragraphs[low];
    }

    private void Reset()
    {
        Source = "";
        Article = null!;
        Tokens.Clear();
        Sentences.Clear();
        ParagraphTokens.Clear();
        Annotations.Clear();
        Places.Clear();
        Organizations.Clear();
        People.Clear();
        Money.Clear();
        Dates.Clear();
        Quotes.Clear();
        Diagnostics.Clear();
        Drafts.Clear();
    }
}
