using System.Diagnostics.CodeAnalysis;
using NewsModel.Internal;

namespace NewsModel.Domain;

/// <summary>An amount of money the text states, normalised to a decimal amount and an ISO 4217 currency.</summary>
/// <remarks>An amount read by the parser cuts <see cref="Text"/> from the parsed text on first read, as <see cref="Paragraph"/> does; reading it is thread-safe.</remarks>
public sealed record MoneyMention : NewsRecord
{
    // Invariant: Text's backing field is set, or _slice has a source (an amount read by the parser, its text not yet read).
    private readonly SourceSlice _slice;

    /// <summary>Creates an amount whose text is cut from the parsed text when first read.</summary>
    [SetsRequiredMembers]
    internal MoneyMention(string id, SourceSlice text)
        : base(id) => _slice = text;

    /// <summary>Creates an amount; set <see cref="Text"/> and <see cref="NewsRecord.Id"/> in the initializer.</summary>
    public MoneyMention()
    {
    }

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
        get => field ??= _slice.ToString();
        init
        {
            field = Guard.NotBlank(value, nameof(Text));
            _slice = default;
        }
    }

    /// <summary>Gets the text without copying it.</summary>
    internal ReadOnlySpan<char> Chars => _slice.HasSource ? _slice.Chars : Text;

    /// <summary>Compares two amounts by id, span, evidence, value, bound, approximation, period and text.</summary>
    /// <param name="other">The amount to compare with.</param>
    /// <returns>Whether every property is equal (evidence lists by reference, as for every record).</returns>
    public bool Equals(MoneyMention? other) =>
        base.Equals(other)
        && Value == other.Value
        && UpperBound == other.UpperBound
        && Approximation == other.Approximation
        && Period == other.Period
        && Chars.SequenceEqual(other.Chars);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(base.GetHashCode(), Value, UpperBound, Approximation, Period, string.GetHashCode(Chars, StringComparison.Ordinal));
}
