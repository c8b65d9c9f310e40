using NewsModel.Domain;
using NewsModel.Text;

namespace NewsModel.Extraction.Entities;

/// <summary>An amount of money read from the text, with the tokens it covers.</summary>
internal sealed class MoneyValue : IPooled
{
    public Money Value { get; private set; }

    public Money? UpperBound { get; private set; }

    public MoneyApproximation Approximation { get; private set; }

    public MoneyPeriod? Period { get; private set; }

    /// <summary>The context's source, which the record cuts its text from.</summary>
    public string Source { get; private set; } = "";

    /// <summary>Where the amount's words start in <see cref="Source"/>.</summary>
    public int TextStart { get; private set; }

    public int TextLength { get; private set; }

    public TextSpan Span { get; private set; }

    public int First { get; private set; }

    public int End { get; private set; }

    public string Rule { get; private set; } = "";

    public string Id { get; set; } = "";

    public MoneyValue Init(Money value, Money? upperBound, MoneyApproximation approximation, MoneyPeriod? period, string source, int textStart, int textLength, TextSpan span, int first, int end, string rule)
    {
        Value = value;
        UpperBound = upperBound;
        Approximation = approximation;
        Period = period;
        Source = source;
        TextStart = textStart;
        TextLength = textLength;
        Span = span;
        First = first;
        End = end;
        Rule = rule;
        return this;
    }

    public void Reset()
    {
        Init(default, null, default, null, "", 0, 0, default, 0, 0, "");
        Id = "";
    }

    /// <summary>The amount's words, without copying them.</summary>
    public ReadOnlySpan<char> Chars => Source.AsSpan(TextStart, TextLength);
}
