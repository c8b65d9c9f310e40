using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace NewsModel.Domain;

/// <summary>An amount of money in one currency: a <see cref="decimal"/> amount and an ISO 4217 code.</summary>
/// <remarks>
/// <para>
/// The canonical text form is <c>USD 400000000</c>: the code, one space, and the amount in invariant culture with no
/// group separators and no trailing fractional zeros. <see cref="ToString"/> writes it and <see cref="Parse"/> reads
/// exactly that form back. Free text such as <c>$250 million</c> is read by the extraction stage, not here.
/// </para>
/// <para>
/// Amounts in different currencies have no order: <see cref="CompareTo"/> throws for them, as it cannot know a rate.
/// Equality compares the amount numerically, so <c>1.50</c> equals <c>1.5</c>.
/// </para>
/// </remarks>
public readonly record struct Money : IComparable<Money>
{
    /// <summary>Creates an amount of money.</summary>
    /// <param name="amount">The amount; any scale is accepted and trailing fractional zeros are dropped.</param>
    /// <param name="currency">The currency.</param>
    public Money(decimal amount, CurrencyCode currency)
    {
        // decimal keeps its scale (1500000000.0); the canonical value has none, so JSON and text forms are stable.
        Amount = amount / 1.000000000000000000000000000000000m;
        Currency = currency;
    }

    /// <summary>Gets the amount, with no trailing fractional zeros.</summary>
    public decimal Amount { get; }

    /// <summary>Gets the currency.</summary>
    public CurrencyCode Currency { get; }

    /// <summary>Adds two amounts in the same currency.</summary>
    /// <param name="other">The amount to add.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    /// <exception cref="OverflowException">The sum exceeds <see cref="decimal"/>'s range.</exception>
    public Money Add(Money other)
    {
        RequireSameCurrency(other);
        return new Money(Amount + other.Amount, Currency);
    }

    /// <summary>Compares two amounts in the same currency.</summary>
    /// <param name="other">The amount to compare with.</param>
    /// <returns>Less than zero, zero or more than zero as this amount is smaller, equal or larger.</returns>
    /// <exception cref="ArgumentException">The currencies differ: amounts in different currencies have no order.</exception>
    public int CompareTo(Money other)
    {
        RequireSameCurrency(other);
        return Amount.CompareTo(other.Amount);
    }

    /// <summary>Whether <paramref name="left"/> is less than <paramref name="right"/>; both must share a currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is at most <paramref name="right"/>; both must share a currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is greater than <paramref name="right"/>; both must share a currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is at least <paramref name="right"/>; both must share a currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    /// <summary>Reads the canonical form written by <see cref="ToString"/>, such as <c>USD 400000000</c>.</summary>
    /// <param name="text">The canonical form.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not in the canonical form.</exception>
    public static Money Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var money)
            ? money
            : throw new FormatException("Money is written as a currency code, a space and an invariant amount, such as 'USD 400000000'.");
    }

    /// <summary>Reads the canonical form written by <see cref="ToString"/>, such as <c>USD 400000000</c>.</summary>
    /// <param name="text">The canonical form.</param>
    /// <param name="money">The amount when the method returns true.</param>
    /// <returns>True when <paramref name="text"/> is in the canonical form.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Money money)
    {
        money = default;
        if (text is null || text.Length < 5 || text[3] != ' ' || !CurrencyCode.TryParse(text[..3], out var currency))
        {
            return false;
        }

        var number = text.AsSpan(4);
        if (!decimal.TryParse(number, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            return false;
        }

        money = new Money(amount, currency);

        // Only the canonical form round-trips: "USD 1.50" or "USD +1" are refused.
        return number.SequenceEqual(FormatAmount(money.Amount));
    }

    /// <summary>Returns the canonical form, such as <c>USD 400000000</c>.</summary>
    /// <returns>The code, a space and the invariant amount.</returns>
    public override string ToString() => $"{Currency.Value} {FormatAmount(Amount)}";

    private static string FormatAmount(decimal amount) => amount.ToString("0.############################", CultureInfo.InvariantCulture);

    private void RequireSameCurrency(Money other)
    {
        if (Currency != other.Currency)
        {
            throw new ArgumentException($"Cannot combine {Currency} with {other.Currency}: amounts in different currencies need a rate.", nameof(other));
        }
    }
}
