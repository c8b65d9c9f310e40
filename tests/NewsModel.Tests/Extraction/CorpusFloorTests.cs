using NewsModel.Cli.Evaluation;
using NewsModel.Tests.Infrastructure;

namespace NewsModel.Tests.Extraction;

/// <summary>
/// The tuned split of the labelled corpus (<c>Corpus/tuned</c>) must keep its scores. The floors sit a little under
/// the scores measured when they were set, so a regression fails and noise does not. The unseen split is never
/// scored here: it is for the closing measurement only.
/// </summary>
public sealed class CorpusFloorTests
{
    private static readonly Lazy<CorpusEvaluator> s_tuned = new(() =>
    {
        var evaluator = new CorpusEvaluator(NewsPipeline.Default);
        evaluator.EvaluateDirectory(Path.Combine(TestPaths.Tests, "Corpus", "tuned"));
        return evaluator;
    });

    [Theory]
    [InlineData("meetings", 0.85)]
    [InlineData("loanAgreements", 0.90)]
    [InlineData("delegations", 0.85)]
    [InlineData("commitments", 0.85)]
    public void TunedSplit_RecordF1_StaysAboveFloor(string type, double floor)
    {
        var score = s_tuned.Value.Records[type];
        Assert.True(score.F1 >= floor, $"{type}: F1 {score.F1:0.00} (P {score.Precision:0.00}, R {score.Recall:0.00}) fell below {floor:0.00}.\n{string.Join("\n", s_tuned.Value.Misses)}");
    }

    [Theory]
    [InlineData("dates", 0.90)]
    [InlineData("money", 0.90)]
    [InlineData("people.found", 0.90)]
    [InlineData("people.title", 0.85)]
    [InlineData("people.affiliation", 0.85)]
    public void TunedSplit_FieldAccuracy_StaysAboveFloor(string field, double floor)
    {
        var accuracy = s_tuned.Value.Fields[field].Accuracy;
        Assert.True(accuracy >= floor, $"{field}: accuracy {accuracy:0.00} fell below {floor:0.00}.");
    }

    [Fact]
    public void TunedSplit_HasEnoughArticlesToMeanSomething() => Assert.True(s_tuned.Value.Articles >= 20);
}
