using NewsModel.Domain;
using NewsModel.Extraction;

namespace NewsModel.Tests.Extraction;

/// <summary>
/// Record ids hash the canonical form of an amount without building it as a string: the form written into the key must
/// stay exactly the one <see cref="Money.ToString"/> writes, or loan and package ids would change.
/// </summary>
public sealed class RecordIdTests
{
    public static TheoryData<string, string> Amounts => new()
    {
        { "0", "USD" },
        { "1", "USD" },
        { "730000000", "USD" },
        { "1.5", "EUR" },
        { "1.50", "EUR" },
        { "1500000000.0", "PKR" },
        { "0.000001", "JPY" },
        { "-12.75", "GBP" },
        { "79228162514264337593543950335", "XXX" },
        { "0.0000000000000000000000000001", "USD" },
        { "123456789.123456789", "KES" },
    };

    [Theory]
    [MemberData(nameof(Amounts))]
    public void Canonical_WritesWhatMoneyToStringWrites(string amount, string currency)
    {
        var money = new Money(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), new CurrencyCode(currency));
        Span<char> buffer = stackalloc char[64];

        Assert.Equal(money.ToString(), RecordBuilder.Canonical(money, buffer).ToString());
    }

    [Fact]
    public void Canonical_DefaultMoney_WritesWhatMoneyToStringWrites()
    {
        Span<char> buffer = stackalloc char[64];

        Assert.Equal(default(Money).ToString(), RecordBuilder.Canonical(default, buffer).ToString());
    }
}
