using NewsModel.Domain;
using NewsModel.Text;

namespace NewsModel.Extraction.Entities;

/// <summary>An amount of money read from the text, with the tokens it covers.</summary>
internal sealed record MoneyValue(
    Money Value,
    Money? UpperBound,
    MoneyApproximation Approximation,
    MoneyPeriod? Period,
    string Text,
    TextSpan Span,
    int First,
    int End,
    string Rule)
{
    public string Id { get; set; } = "";
}
