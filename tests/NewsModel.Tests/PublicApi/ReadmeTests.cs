using System.Reflection;
using NewsModel.Tests.Infrastructure;
using NewsModel.Text;

namespace NewsModel.Tests.PublicApi;

/// <summary>The README stays honest: its quick start is the code CI compiles against the package, and its code table lists every code.</summary>
public sealed class ReadmeTests
{
    private static readonly string s_readme = File.ReadAllText(Path.Combine(TestPaths.Root, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);

    [Fact]
    public void QuickStart_IsTheConsumerProgramCiRuns()
    {
        var program = File.ReadAllText(Path.Combine(TestPaths.Root, ".ci", "consumer", "Program.cs")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = s_readme.IndexOf("## Quick start", StringComparison.Ordinal);
        var code = s_readme.IndexOf("```csharp\n", start, StringComparison.Ordinal) + "```csharp\n".Length;
        var end = s_readme.IndexOf("```", code, StringComparison.Ordinal);
        Assert.Equal(program, s_readme[code..end]);
    }

    [Fact]
    public void QuickStart_Runs()
    {
        // The same calls as the quick start, with the seed's absolute path and output captured.
        var document = NewsParser.Parse(File.ReadAllText(Path.Combine(TestPaths.Seeds, "000_64ecb9ab99d92700.txt")), source: "seed");
        var lines = document.Articles.Select(article => $"{article.Updated:yyyy-MM-dd} {article.Dateline?.Text}: {article.Headline}");
        Assert.Equal(
            [
                "2025-07-07 ISLAMABAD: Islamabad hosts first additional secretary-level talks with Afghanistan to boost ties",
                "2025-12-25 KARACHI: Pakistan, ADB sign $730 loan agreements to boost SOE reforms, energy infrastructure",
            ],
            lines);
    }

    [Fact]
    public void Readme_OpensWithTheTwoCommands()
    {
        var firstBlock = s_readme[s_readme.IndexOf("```sh\n", StringComparison.Ordinal)..];
        firstBlock = firstBlock[..firstBlock.IndexOf("```\n", 6, StringComparison.Ordinal)];
        Assert.Contains("dotnet run --project src/NewsModel.Cli", firstBlock, StringComparison.Ordinal);
        Assert.Contains("dotnet test NewsModel.sln -c Release", firstBlock, StringComparison.Ordinal);
        Assert.Contains("dotnet test NewsModel.sln -c Release", File.ReadAllText(Path.Combine(TestPaths.Root, ".ci", "run")), StringComparison.Ordinal);
    }

    [Fact]
    public void DiagnosticsTable_ListsEveryCode()
    {
        var codes = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!);
        Assert.All(codes, code => Assert.Contains($"| {code} |", s_readme, StringComparison.Ordinal));
    }
}
