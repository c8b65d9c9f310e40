using NewsModel.Internal;

namespace NewsModel.Domain;

/// <summary>An amount of money the text states, normalised to a decimal amount and an ISO 4217 currency.</summary>
public sealed record MoneyMention : NewsRecord
{
    /// <summary>Gets the amount; for a range, its lower end.</summary>
    public Money Value { get; init; }

    /// <summary>Gets the upper end of a range; null unless <see cref="Approximation"/> is <see cref="MoneyApproximation.Range"/>.</summary>
    public Money? UpperBound { get; init; }

    /// <summary>Gets how exactly the text states the amount.</summary>
    public MoneyApproximation Approximation { get; init; }

    /// <summary>Gets the period of a rate such as <c>$2 billion annually</c>; null when the amount is not a rate.</summary>
    public MoneyPeriod? Period { get; init; }

    /// <summary>Gets the words the amount was read from, e.g. <c>$250 million</c>.</summary>
    public required string Text
    {
        get;
        init => field = Guard.NotBlank(value, nameof(Text));
    }
}
