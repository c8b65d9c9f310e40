using NewsModel.Extraction.Tokens;

namespace NewsModel.Vocabulary;

/// <summary>
/// Multi-word vocabulary phrases keyed token by token, so an article is matched in one pass: at each token, the
/// longest phrase that starts there is found by following at most as many links as the phrase has tokens.
/// </summary>
/// <remarks>Built once, then only read: safe to share between threads. Lookups do not allocate.</remarks>
internal sealed class PhraseTrie<T>
{
    private readonly Node _root = new();

    /// <summary>Gets the words phrases start with, so a caller can skip tokens no phrase starts at.</summary>
    public IEnumerable<string> FirstWords => _root.Words;

    /// <summary>Adds a phrase, tokenized the way article text is, with the value it stands for.</summary>
    public void Add(string phrase, T value)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(phrase, 0, phrase.Length, tokens);
        if (tokens.Count == 0)
        {
            return;
        }

        var node = _root;
        foreach (var token in tokens)
        {
            node = node.GetOrAdd(phrase.Substring(token.Start, token.Length));
        }

        (node.Values ??= []).Add(value);
    }

    /// <summary>Finds the longest phrase starting at token <paramref name="index"/> and ending before <paramref name="end"/>.</summary>
    /// <returns>The number of tokens it covers, or 0 when no phrase starts there.</returns>
    public int Match(string source, List<Token> tokens, int index, int end, out List<T>? values)
    {
        values = null;
        var best = 0;
        var node = _root;
        for (var i = index; i < end; i++)
        {
            var token = tokens[i];
            if (i > index && token.Kind is TokenKind.OpenQuote or TokenKind.CloseQuote)
            {
                break;
            }

            if (!node.TryGet(token.Text(source), out var next))
            {
                break;
            }

            node = next;
            if (node.Values is { } found)
            {
                best = i - index + 1;
                values = found;
            }
        }

        return best;
    }

    /// <summary>The values of the one-word phrase <paramref name="word"/>, or null when it is none.</summary>
    public List<T>? MatchWord(ReadOnlySpan<char> word) => _root.TryGet(word, out var node) ? node.Values : null;

    private sealed class Node
    {
        private Dictionary<string, Node>? _next;

        // Looks up _next by span; made once with it rather than on every lookup.
        private Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> _nextBySpan;

        public List<T>? Values { get; set; }

        public IEnumerable<string> Words => _next?.Keys ?? Enumerable.Empty<string>();

        public Node GetOrAdd(string word)
        {
            if (_next is null)
            {
                _next = new Dictionary<string, Node>(VocabularyComparer.Instance);
                _nextBySpan = _next.GetAlternateLookup<ReadOnlySpan<char>>();
            }

            if (!_next.TryGetValue(word, out var node))
            {
                _next[word] = node = new Node();
            }

            return node;
        }

        public bool TryGet(ReadOnlySpan<char> word, out Node next)
        {
            if (_next is not null && _nextBySpan.TryGetValue(word, out var found))
            {
                next = found;
                return true;
            }

            next = null!;
            return false;
        }
    }
}
