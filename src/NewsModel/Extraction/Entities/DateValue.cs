using NewsModel.Domain;

namespace NewsModel.Extraction.Entities;

/// <summary>A date read from the text: the mention, the tokens it covers, and whether its sentence speaks of the future.</summary>
internal sealed class DateValue : IPooled
{
    public DateMention Mention { get; private set; } = null!;

    public int First { get; private set; }

    public int End { get; private set; }

    public string Rule { get; private set; } = "";

    public DateValue Init(DateMention mention, int first, int end, string rule)
    {
        Mention = mention;
        First = first;
        End = end;
        Rule = rule;
        return this;
    }

    public void Reset() => Init(null!, 0, 0, "");
}
