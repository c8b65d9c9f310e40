using System.Runtime.InteropServices;
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
    private static ExtractionContext? s_cached;

    // Per token: the first annotation covering it (-1 when none) and the title covering it; a second annotation on an
    // owned token (the parts of "Pakistan-Afghan") goes to _more. Together they answer "what is at token k" in O(1).
    private int[] _owner = new int[256];
    private int[] _title = new int[256];
    private readonly List<(int Token, int Annotation)> _more = [];

    // Per token: whether _more holds an annotation starting there, so only those tokens search it.
    private bool[] _hasMore = new bool[256];

    // Per token: a bit per AnnotationKind of the annotations that start there, so AnnotationsIn skips the tokens where
    // none of its kind does without looking at the annotations.
    private byte[] _starts = new byte[256];

    // The texts of the article's mentions, so a name mentioned ten times is one string.
    private readonly HashSet<string> _mentionTexts = new(StringComparer.Ordinal);

    // The rules' working objects, handed out again from article to article (see Pool).
    private readonly Pool<PlaceEntity> _placePool = new();
    private readonly Pool<OrganizationEntity> _organizationPool = new();
    private readonly Pool<PersonEntity> _personPool = new();
    private readonly Pool<MoneyValue> _moneyPool = new();
    private readonly Pool<DateValue> _datePool = new();
    private readonly Pool<QuoteValue> _quotePool = new();
    private readonly Pool<MeetingDraft> _meetingPool = new();
    private readonly Pool<DelegationDraft> _delegationPool = new();
    private readonly Pool<LoanDraft> _loanPool = new();
    private readonly Pool<PackageDraft> _packagePool = new();
    private readonly Pool<CommitmentDraft> _commitmentPool = new();

    private ExtractionContext()
    {
    }

    public string Source { get; private set; } = "";

    public Article Article { get; private set; } = null!;

    /// <summary>The article's reference date: its published date, else its updated date.</summary>
    public DateOnly? ReferenceDate { get; private set; }

    public DateReference ReferenceKind { get; private set; }

    public List<Token> Tokens { get; } = [];

    /// <summary>The article's sentences: the body's first, then the photo caption's (see <see cref="BodySentences"/>).</summary>
    public List<Sentence> Sentences { get; } = [];

    /// <summary>
    /// How many of <see cref="Sentences"/> come from the body; the photo caption's follow them. The value recognisers
    /// read the caption too, so the date in "… sign the agreement in Riyadh on Jan. 25, 2026. (SPA)" is one of the
    /// article's dates, but the extractors stop here: a caption describes a picture of what the body reports, and a
    /// meeting or loan built from it would repeat the body's.
    /// </summary>
    public int BodySentences { get; private set; }

    /// <summary>For each sentence, every <see cref="WordClass"/> its words carry.</summary>
    public List<WordClass> SentenceClasses { get; } = [];

    private WordClass[] _classes = new WordClass[256];

    /// <summary>
    /// For each paragraph of the article, the range of its tokens (paragraphs that are not text have none), then one
    /// more range for the photo caption's tokens when the article has a caption.
    /// </summary>
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

    /// <summary>The record ids given out so far in the article, so a repeated key gets a counter.</summary>
    public HashSet<string> UsedIds { get; } = new(StringComparer.Ordinal);

    /// <summary>For an id handed out more than once in the article, the last counter it got.</summary>
    public Dictionary<string, int> LastIdSuffix { get; } = new(StringComparer.Ordinal);

    public static ExtractionContext Rent()
    {
        var context = s_cached ?? new ExtractionContext();
        s_cached = null;
        return context;
    }

    public static void Return(ExtractionContext context)
    {
        if (context.Tokens.Capacity <= MaxCachedTokens)
        {
            context.ClearPools();
            context.Reset();
            s_cached = context;
        }
    }

    public PlaceEntity NewPlace(string name, PlaceKind kind, string? countryCode) => _placePool.Rent().Init(name, kind, countryCode);

    public OrganizationEntity NewOrganization(string name, OrganizationKind kind) => _organizationPool.Rent().Init(name, kind);

    public PersonEntity NewPerson(string name)
    {
        var person = _personPool.Rent();
        person.Name = name;
        return person;
    }

    public MoneyValue NewMoney(Money value, Money? upperBound, MoneyApproximation approximation, MoneyPeriod? period, int textStart, int textEnd, TextSpan span, int first, int end, string rule) =>
        _moneyPool.Rent().Init(value, upperBound, approximation, period, Source, textStart, textEnd - textStart, span, first, end, rule);

    public DateValue NewDate(DateMention mention, int first, int end, string rule) => _datePool.Rent().Init(mention, first, end, rule);

    public QuoteValue NewQuote(int textStart, int textEnd, int firstToken, int endToken) =>
        _quotePool.Rent().Init(textStart, textEnd - textStart, SpanOfChars(textStart, textEnd), firstToken, endToken);

    public MeetingDraft NewMeetingDraft() => _meetingPool.Rent();

    public DelegationDraft NewDelegationDraft() => _delegationPool.Rent();

    public LoanDraft NewLoanDraft() => _loanPool.Rent();

    public PackageDraft NewPackageDraft() => _packagePool.Rent();

    public CommitmentDraft NewCommitmentDraft() => _commitmentPool.Rent();

    /// <summary>
    /// Starts work on an article: tokenises its text paragraphs, then its photo caption (without the credit), and splits
    /// them into sentences. The caption's tokens come after the body's although the caption stands before it in the
    /// source, so the body's tokens and sentences keep the indices they have without a caption.
    /// </summary>
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

        BodySentences = Sentences.Count;
        if (article.Photo is { CaptionSpan.Length: > 0 } photo)
        {
            var first = Tokens.Count;
            Tokenizer.Tokenize(source, photo.CaptionSpan.Start, photo.CaptionSpan.End, Tokens);
            SentenceSplitter.Split(source, Tokens, first, Tokens.Count, article.Paragraphs.Length, Sentences);
            ParagraphTokens.Add((first, Tokens.Count));
        }

        if (_owner.Length < Tokens.Count)
        {
            _owner = new int[Math.Max(Tokens.Count, _owner.Length * 2)];
            _title = new int[_owner.Length];
            _classes = new WordClass[_owner.Length];
            _hasMore = new bool[_owner.Length];
            _starts = new byte[_owner.Length];
        }

        // One lookup per word: rules then skip sentences that lack their cue. The tokens are read from the list's
        // array, once each: this loop runs for every token of every article.
        var tokens = CollectionsMarshal.AsSpan(Tokens);
        var text = source.AsSpan();
        var classOf = _classes.AsSpan(0, tokens.Length);
        foreach (var sentence in Sentences)
        {
            var classes = WordClass.None;
            for (var k = sentence.First; k < sentence.End; k++)
            {
                ref readonly var token = ref tokens[k];
                var cls = token.IsWord ? WordClasses.Of(text.Slice(token.Start, token.Length)) : WordClass.None;
                classOf[k] = cls;
                classes |= cls;
            }

            SentenceClasses.Add(classes);
        }

        _owner.AsSpan(0, Tokens.Count).Fill(-1);
        _title.AsSpan(0, Tokens.Count).Fill(-1);
        _hasMore.AsSpan(0, Tokens.Count).Clear();
        _starts.AsSpan(0, Tokens.Count).Clear();
        _more.Clear();
    }

    /// <summary>
    /// Records a finding. Its tokens count as covered, so later recognisers leave them alone — except a title, which
    /// only marks its tokens, so the places inside it ("… for Pakistan") stay findable.
    /// </summary>
    public int Annotate(Annotation annotation)
    {
        var index = Annotations.Count;
        Annotations.Add(annotation);
        if ((uint)annotation.First < (uint)Tokens.Count)
        {
            _starts[annotation.First] |= KindBit(annotation.Kind);
        }

        var owners = annotation.Kind == AnnotationKind.Title ? _title : _owner;
        for (var i = annotation.First; i < annotation.End; i++)
        {
            if (owners[i] < 0)
            {
                owners[i] = index;
            }
            else if (i == annotation.First)
            {
                _more.Add((i, index));
                _hasMore[i] = true;
            }
        }

        return index;
    }

    public bool IsCovered(int token) => _owner[token] >= 0;

    private static byte KindBit(AnnotationKind kind) => (byte)(1 << (int)kind);

    /// <summary>The cue classes of one token.</summary>
    public WordClass ClassOf(int token) => _classes[token];

    /// <summary>Whether the sentence at <paramref name="index"/> has a word of any of <paramref name="classes"/>.</summary>
    public bool SentenceHas(int index, WordClass classes) => (SentenceClasses[index] & classes) != 0;

    /// <summary>The index of the sentence holding a token (a binary search over the sentences).</summary>
    public int SentenceOf(int token)
    {
        int low = 0, high = Sentences.Count - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (Sentences[middle].First <= token)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }

    /// <summary>Whether any token in [<paramref name="first"/>, <paramref name="end"/>) has one of <paramref name="classes"/>.</summary>
    public bool RangeHas(int first, int end, WordClass classes)
    {
        for (var k = first; k < end; k++)
        {
            if ((_classes[k] & classes) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The place, organisation, person, amount or date covering a token, if any.</summary>
    public Annotation? AnnotationAt(int token) => token >= 0 && token < Tokens.Count && _owner[token] is var owner and >= 0 ? Annotations[owner] : null;

    /// <summary>The title covering a token, if any.</summary>
    public Annotation? TitleAt(int token) => token >= 0 && token < Tokens.Count && _title[token] is var title and >= 0 ? Annotations[title] : null;

    /// <summary>The findings of a kind whose first token lies in [<paramref name="first"/>, <paramref name="end"/>), in text order, without allocating.</summary>
    public AnnotationRange AnnotationsIn(int first, int end, AnnotationKind kind) => new(this, first, Math.Min(end, Tokens.Count), kind);

    /// <summary>Whether any word in [<paramref name="first"/>, <paramref name="end"/>) is one of <paramref name="words"/>.</summary>
    public bool HasWord(int first, int end, params ReadOnlySpan<string> words)
    {
        for (var k = first; k < end; k++)
        {
            if (!Tokens[k].IsWord)
            {
                continue;
            }

            // Length and first letter first: most words differ there, and the comparison is not inlined.
            var text = Text(k);
            foreach (var word in words)
            {
                if (text.Length == word.Length && text[0] == word[0] && text.SequenceEqual(word))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Annotations of one kind starting in a token range, found through the per-token index.</summary>
    internal readonly struct AnnotationRange(ExtractionContext context, int first, int end, AnnotationKind kind)
    {
        public Enumerator GetEnumerator() => new(context, first, end, kind);

        public bool Any()
        {
            foreach (var _ in this)
            {
                return true;
            }

            return false;
        }

        /// <summary>Replaces the contents of <paramref name="list"/> with these annotations.</summary>
        public void CopyTo(List<Annotation> list)
        {
            list.Clear();
            foreach (var annotation in this)
            {
                list.Add(annotation);
            }
        }

        public struct Enumerator
        {
            private readonly ExtractionContext _context;
            private readonly int _end;
            private readonly AnnotationKind _kind;
            private readonly byte _bit;
            private int _token;
            private int _stage;
            private int _moreIndex;

            public Enumerator(ExtractionContext context, int first, int end, AnnotationKind kind)
            {
                _context = context;
                _end = end;
                _kind = kind;
                _bit = KindBit(kind);
                _token = first - 1;

                // Before the first token, the extra annotations of the token before the range are searched too, as they
                // always have been: a part of a hyphenated word that starts just before the range is yielded with it.
                _stage = first > 0 && first - 1 < context.Tokens.Count ? 1 : 2;
                _moreIndex = context._more.Count;
            }

            public Annotation Current { get; private set; }

            public bool MoveNext()
            {
                var context = _context;
                while (true)
                {
                    // Stages per token: 0 the owner (or title), 1 whether extra annotations start there, 2 those.
                    if (_stage == 0)
                    {
                        _stage = 1;
                        var owners = _kind == AnnotationKind.Title ? context._title : context._owner;
                        if (owners[_token] is var index and >= 0 && context.Annotations[index] is var a && a.Kind == _kind && a.First == _token)
                        {
                            Current = a;
                            return true;
                        }
                    }

                    if (_stage == 1)
                    {
                        _stage = 2;
                        _moreIndex = context._hasMore[_token] ? 0 : context._more.Count;
                    }

                    var more = context._more;
                    while (_moreIndex < more.Count)
                    {
                        var (token, index) = more[_moreIndex++];
                        if (token == _token && context.Annotations[index] is var extra && extra.Kind == _kind)
                        {
                            Current = extra;
                            return true;
                        }
                    }

                    // The next token where an annotation of the kind starts: no other can yield one.
                    var starts = context._starts;
                    do
                    {
                        if (++_token >= _end)
                        {
                            return false;
                        }
                    }
                    while ((starts[_token] & _bit) == 0);

                    _stage = 0;
                }
            }
        }
    }

    public ReadOnlySpan<char> Text(int token) => Tokens[token].Text(Source);

    public string TextOf(int first, int end) => Chars(first, end).ToString();

    /// <summary>The characters of token <paramref name="first"/> through token <paramref name="end"/> − 1, without copying them.</summary>
    public ReadOnlySpan<char> Chars(int first, int end) => Source.AsSpan(Tokens[first].Start, Tokens[end - 1].End - Tokens[first].Start);

    /// <summary>
    /// A mention of the source's characters [<paramref name="start"/>, <paramref name="end"/>); equal texts share one
    /// string, which is <paramref name="known"/> (a vocabulary phrase) when the text is written exactly so.
    /// </summary>
    public Mention MentionOf(int start, int end, string? known = null) => new(Shared(Source.AsSpan(start, end - start), known), SpanOfChars(start, end));

    /// <summary>The text of token <paramref name="first"/> through token <paramref name="end"/> − 1, as the string its mentions share.</summary>
    public string SharedTextOf(int first, int end) => Shared(Chars(first, end), null);

    private string Shared(ReadOnlySpan<char> text, string? known)
    {
        if (!_mentionTexts.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out var shared))
        {
            shared = known is not null && text.SequenceEqual(known) ? known : text.ToString();
            _mentionTexts.Add(shared);
        }

        return shared;
    }

    /// <summary>The span from token <paramref name="first"/> through token <paramref name="end"/> − 1.</summary>
    public TextSpan Span(int first, int end) => SpanOfChars(Tokens[first].Start, Tokens[end - 1].End);

    public TextSpan SpanOfChars(int start, int end)
    {
        // The caption's line stands above the body: its characters take their line and column from the caption.
        var span = Article.Photo is { } photo && start >= photo.CaptionSpan.Start && start < photo.CaptionSpan.End
            ? photo.CaptionSpan
            : Article.Photo is { CreditSpan: { } credit } && start >= credit.Start && start < credit.End
                ? credit
                : ParagraphContaining(start).Span;

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
        BodySentences = 0;
        SentenceClasses.Clear();
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
        UsedIds.Clear();
        LastIdSuffix.Clear();
        _mentionTexts.Clear();
        _placePool.ReturnAll();
        _organizationPool.ReturnAll();
        _personPool.ReturnAll();
        _moneyPool.ReturnAll();
        _datePool.ReturnAll();
        _quotePool.ReturnAll();
        _meetingPool.ReturnAll();
        _delegationPool.ReturnAll();
        _loanPool.ReturnAll();
        _packagePool.ReturnAll();
        _commitmentPool.ReturnAll();
    }

    private void ClearPools()
    {
        _placePool.Clear();
        _organizationPool.Clear();
        _personPool.Clear();
        _moneyPool.Clear();
        _datePool.Clear();
        _quotePool.Clear();
        _meetingPool.Clear();
        _delegationPool.Clear();
        _loanPool.Clear();
        _packagePool.Clear();
        _commitmentPool.Clear();
    }
}
