using NewsModel.Domain;
using NewsModel.Text;

namespace NewsModel.Tests.Domain;

public sealed class ValueTypeTests
{
    [Theory]
    [InlineData(-1, 0, 1, 1)]
    [InlineData(0, -1, 1, 1)]
    [InlineData(0, 0, 0, 1)]
    [InlineData(0, 0, 1, 0)]
    [InlineData(int.MaxValue, 1, 1, 1)]
    public void TextSpan_InvalidPart_Throws(int start, int length, int line, int column) =>
        Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new TextSpan(start, length, line, column));

    [Fact]
    public void TextSpan_End_IsExclusive()
    {
        var span = new TextSpan(4, 3, 2, 1);
        Assert.Equal(7, span.End);
        Assert.Equal("bcd", span.Slice("....bcdxx").ToString());
        Assert.Equal("2:1 [4..7)", span.ToString());
    }

    [Theory]
    [InlineData(2025, 7, 7, DatePrecision.Day, "2025-07-07")]
    [InlineData(2025, 7, 7, DatePrecision.Week, "2025-W28")]
    [InlineData(2024, 12, 30, DatePrecision.Week, "2025-W01")]
    [InlineData(2025, 4, 1, DatePrecision.Month, "2025-04")]
    [InlineData(2025, 1, 1, DatePrecision.Year, "2025")]
    public void DateMention_IsoValue_FollowsPrecision(int year, int month, int day, DatePrecision precision, string iso) =>
        Assert.Equal(iso, new DateMention { Value = new DateOnly(year, month, day), Precision = precision, Text = "t" }.IsoValue);

    [Fact]
    public void DateMention_Unresolved_HasNoIsoValue() =>
        Assert.Null(new DateMention { Precision = DatePrecision.Day, Text = "on Monday" }.IsoValue);

    [Fact]
    public void Records_BlankRequiredText_Throw()
    {
        Assert.Throws<ArgumentException>(() => new Meeting { Id = " " });
        Assert.Throws<ArgumentException>(() => new DateMention { Text = "" });
        Assert.Throws<ArgumentException>(() => new Evidence("", default, "Rule"));
        Assert.Throws<ArgumentException>(() => new Diagnostic("NM1001", DiagnosticSeverity.Error, " ", default));
        Assert.ThrowsAny<ArgumentException>(() => new Commitment { Id = "c", Action = "a", Confidence = 1.5 });
    }

    [Fact]
    public void Records_MissingLists_AreEmptyNotDefault()
    {
        var meeting = new Meeting { Id = "m", Parties = default };
        Assert.Empty(meeting.Parties);
        Assert.False(meeting.Evidence.IsDefault);
    }

    [Fact]
    public void Evidence_Find_ReturnsTheFieldsEvidence()
    {
        var record = new Meeting { Id = "m", Evidence = [new Evidence("date", new TextSpan(1, 2, 1, 2), "R"), new Evidence("location", default, "S")] };
        Assert.Equal("S", record.Evidence.Find("location")?.Rule);
        Assert.Null(record.Evidence.Find("kind"));
    }
}
