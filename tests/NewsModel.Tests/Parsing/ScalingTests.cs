using System.Text;
using NewsModel.Tests.Infrastructure;

namespace NewsModel.Tests.Parsing;

/// <summary>
/// Work that grows with the input, counted rather than timed: for each input shape of the scaling benchmark, parsing
/// four times the text allocates at most five times the bytes, and no more bytes per character than the shape needs.
/// The sizes stay under the article limit, so extraction runs as well as layout.
/// </summary>
/// <remarks>
/// Code that has not been recompiled with optimisations yet allocates more than code that has (an object the optimised
/// code keeps on the stack is a heap object before), so each size is parsed three times, in turn, and the least
/// count of each is compared.
/// </remarks>
public sealed class ScalingTests
{
    private const int Size = 100_000;

    private const string Header = "Talks open in the capital\nUpdated 07 July 2025\nFollow\n\nTalks open in the capital\n\n";

    /// <remarks>
    /// The bound per character is about half as much again as the shape allocates. Blank lines once cost 46 bytes
    /// each (a stored line record at two stages), gigabytes for a hundred megabytes of them.
    /// </remarks>
    [Theory]
    [InlineData("normal", 12)]
    [InlineData("one-long-line", 4)]
    [InlineData("bullets", 22)]
    [InlineData("blank-lines", 12)]
    [InlineData("quotes", 24)]
    [InlineData("headers", 36)]
    [InlineData("stamps", 24)]
    [InlineData("speaker-quotes", 50)]
    public void Parse_FourTimesTheText_AllocatesAboutFourTimesTheBytes(string shape, int bytesPerChar)
    {
        var small = Build(shape, Size);
        var large = Build(shape, 4 * Size);
        long smallBytes = long.MaxValue, largeBytes = long.MaxValue;
        for (var round = 0; round < 3; round++)
        {
            smallBytes = Math.Min(smallBytes, Allocated(small));
            largeBytes = Math.Min(largeBytes, Allocated(large));
        }

        Assert.InRange(largeBytes, 0, 5 * smallBytes);
        Assert.InRange(largeBytes / large.Length, 0, bytesPerChar);
    }

    private static long Allocated(string text)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var document = NewsParser.Parse(text);
        var after = GC.GetAllocatedBytesForCurrentThread();
        Assert.NotEmpty(document.Articles);
        return after - before;
    }

    /// <summary>Builds <paramref name="length"/> characters of a shape, as the scaling benchmark does.</summary>
    private static string Build(string shape, int length)
    {
        var unit = shape switch
        {
            "normal" => string.Concat(Directory.EnumerateFiles(TestPaths.LayoutArticles, "*.txt").Order(StringComparer.Ordinal).Select(f => File.ReadAllText(f).TrimEnd() + "\n\n\n")),
            "one-long-line" => "The bank will lend $5 million to the ministry on Monday, the minister said. ",
            "bullets" => "  • The loan of $5 million runs for 30 years\n",
            "blank-lines" => "\n",
            "quotes" => "“We will sign,” the minister said. “Yes\n\n",
            "headers" => Header,
            "stamps" => "Updated 07 July 2025\n",
            _ => "“We will sign,” the minister said.\n\n“Yes.”\n\n“No.”\n\n",
        };
        var text = new StringBuilder(length + unit.Length);
        if (shape is not ("one-long-line" or "headers"))
        {
            text.Append(Header).Append("ISLAMABAD: Both sides met.\n\n");
        }

        while (text.Length < length)
        {
            text.Append(unit);
        }

        return text.ToString(0, length);
    }
}
