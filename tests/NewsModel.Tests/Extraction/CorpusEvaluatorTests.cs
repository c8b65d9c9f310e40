using NewsModel.Cli.Evaluation;

namespace NewsModel.Tests.Extraction;

/// <summary>How <c>eval</c> matches a loan's lender: by name, or within one group the article names.</summary>
public sealed class CorpusEvaluatorTests : IDisposable
{
    private const string Article = """
        Bank approves water credit

        Published 18 June 2026
        Follow

        Bank approves water credit

        WASHINGTON: The World Bank’s Board of Executive Directors on Thursday approved a $120 million credit from the International Development Association for a water project in Malawi.

        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("newsmodel-eval-").FullName;

    [Theory]
    [InlineData("International Development Association", 1)]
    [InlineData("World Bank", 1)]
    [InlineData("Asian Development Bank", 0)]
    public void Lender_MatchesByNameOrWithinItsGroup(string goldLender, int matched)
    {
        File.WriteAllText(Path.Combine(_directory, "01-credit.txt"), Article.ReplaceLineEndings("\n"));
        File.WriteAllText(Path.Combine(_directory, "01-credit.gold.json"),
            $$"""{ "loanAgreements": [ { "lender": "{{goldLender}}", "borrower": "Malawi", "amount": 120000000, "currency": "USD" } ] }""");

        var evaluator = new CorpusEvaluator(NewsPipeline.Default);
        evaluator.EvaluateDirectory(_directory);

        Assert.Equal(matched, evaluator.Records["loanAgreements"].TruePositives);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
