using NewsModel.Domain;

namespace NewsModel.Tests.Domain;

public sealed class MoneyTests
{
    private static readonly CurrencyCode s_usd = new("USD");
    private static readonly CurrencyCode s_pkr = new("PKR");

    public static TheoryData<decimal, string, string> Canonical => new()
    {
        { 400000000m, "USD", "USD 400000000" },
        { 1500000000.0m, "USD", "USD 1500000000" },
        { 43.40m, "USD", "USD 43.4" },
        { 0.5m, "EUR", "EUR 0.5" },
        { -12m, "PKR", "PKR -12" },
        { 0m, "JPY", "JPY 0" },
    };

    [Theory]
    [MemberData(nameof(Canonical))]
    public void ToString_Amount_IsCanonicalAndParsesBack(decimal amount, string currency, string canonical)
    {
        var money = new Money(amount, new CurrencyCode(currency));
        Assert.Equal(canonical, money.ToString());
        Assert.Equal(money, Money.Parse(canonical));
        Assert.Equal(canonical, Money.Parse(canonical).ToString());
    }

    [Theory]
    [InlineData("$400 million")]
    [InlineData("USD 1.50")]
    [InlineData("USD +1")]
    [InlineData("USD  1")]
    [InlineData("usd 1")]
    [InlineData("USD 1,000")]
    [InlineData("USD")]
    [InlineData("")]
    public void TryParse_NonCanonical_Fails(string text) => Assert.False(Money.TryParse(text, out _));

    [Fact]
    public void Equality_IgnoresScale() => Assert.Equal(new Money(1.5m, s_usd), new Money(1.50m, s_usd));

    [Fact]
    public void CompareTo_AcrossCurrencies_Throws()
    {
        Assert.Throws<ArgumentException>(() => new Money(1, s_usd).CompareTo(new Money(1, s_pkr)));
        Assert.Throws<ArgumentException>(() => new Money(1, s_usd) < new Money(1, s_pkr));
        Assert.Throws<ArgumentException>(() => new Money(1, s_usd).Add(new Money(1, s_pkr)));
    }

    [Fact]
    public void CompareAndAdd_SameCurrency_Work()
    {
        Assert.True(new Money(400_000_000, s_usd) > new Money(330_000_000, s_usd));
        Assert.Equal(new Money(730_000_000, s_usd), new Money(400_000_000, s_usd).Add(new Money(330_000_000, s_usd)));
    }

    [Theory]
    [InlineData("usd")]
    [InlineData("US")]
    [InlineData("USDX")]
    [InlineData("U$D")]
    [InlineData("")]
    public void CurrencyCode_Malformed_ThrowsArgumentException(string code) => Assert.Throws<ArgumentException>(() => new CurrencyCode(code));

    [Fact]
    public void CurrencyCode_Default_IsNoCurrency() => Assert.Equal("XXX", default(CurrencyCode).Value);
}
