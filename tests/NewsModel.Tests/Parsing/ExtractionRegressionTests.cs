namespace NewsModel.Tests.Parsing;

/// <summary>Inputs that once made extraction throw, each reduced to the few words that did it.</summary>
public sealed class ExtractionRegressionTests
{
    [Fact]
    public void Parse_MeetingTriggerInsideATrailingAttribution_DoesNotThrow()
    {
        // A meeting word ("session") after the comma that starts an attribution ("…,” who told session.") once made the
        // meeting's clause end before it began.
        var document = NewsParser.Parse("year.\n\n“Uganda relationship,” who told session.\n\nKasozi");

        Assert.NotEmpty(document.Articles);
    }
}
