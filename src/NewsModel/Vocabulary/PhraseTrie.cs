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

    /// <summary>
    /// A node: its values, and its children in an open-addressed table keyed by word with
    /// <see cref="VocabularyComparer"/>'s folding, called directly (a dictionary with a custom comparer calls it through
    /// an interface for every probe, and the trie is probed at most tokens of every article).
    /// </summary>
    private sealed class Node
    {
        private string?[]? _keys;
        private int[]? _hashes;
        private Node[]? _children;
        private int _count;

        public List<T>? Values { get; set; }

        public IEnumerable<string> Words
        {
            get
            {
                foreach (var key in _keys ?? [])
                {
                    if (key is not null)
                    {
                        yield return key;
                    }
                }
            }
        }

        public Node GetOrAdd(string word)
        {
            if (TryGet(word, out var node))
            {
                return node;
            }

            if (_keys is null || (_count + 1) * 2 > _keys.Length)
            {
                Grow();
            }

            node = new Node();
            Insert(word, VocabularyComparer.FoldHash(word), node);
            _count++;
            return node;
        }

        public bool TryGet(ReadOnlySpan<char> word, out Node next)
        {
            var keys = _keys;
            if (keys is not null)
            {
                var hash = VocabularyComparer.FoldHash(word);
                var mask = keys.Length - 1;
                for (var slot = hash & mask; keys[slot] is { } key; slot = (slot + 1) & mask)
                {
                    if (_hashes![slot] == hash && key.Length == word.Length && VocabularyComparer.FoldEquals(word, key))
                    {
                        next = _children![slot];
                        return true;
                    }
                }
            }

            next = null!;
            return false;
        }

        private void Grow()
        {
            var (keys, hashes, children) = (_keys, _hashes, _children);
            var size = keys is null ? 4 : keys.Length * 2;
            _keys = new string?[size];
            _hashes = new int[size];
            _children = new Node[size];
            for (var i = 0; i < (keys?.Length ?? 0); i++)
            {
                if (keys![i] is { } key)
                {
                    Insert(key, hashes![i], children![i]);
                }
            }
        }

        private void Insert(string word, int hash, Node node)
        {
            var mask = _keys!.Length - 1;
            var slot = hash & mask;
            while (_keys[slot] is not null)
            {
                slot = (slot + 1) & mask;
            }

            _keys[slot] = word;
            _hashes![slot] = hash;
            _children![slot] = node;
        }
    }
}
