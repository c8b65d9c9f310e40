namespace NewsModel.Tests.Infrastructure;

/// <summary>
/// Snapshot files with Verify's conventions (Verify itself cannot be restored here): <c>name.verified.ext</c> is the
/// reviewed expectation, committed; a mismatch writes <c>name.received.ext</c> beside it (ignored by git) and fails
/// with the first differing line. Setting <c>NEWSMODEL_ACCEPT_SNAPSHOTS=1</c> accepts the received output. A missing
/// snapshot always fails, so CI never creates one unseen.
/// </summary>
internal static class Snapshot
{
    public const string AcceptVariable = "NEWSMODEL_ACCEPT_SNAPSHOTS";

    public static void Match(string actual, string directory, string name, string extension) =>
        MatchFile(actual, Path.Combine(directory, $"{name}.verified.{extension}"), Path.Combine(directory, $"{name}.received.{extension}"));

    /// <summary>Compares with a committed file whose name the product fixes (such as the shipped schema).</summary>
    public static void MatchFile(string actual, string verified, string received)
    {
        actual = Normalize(actual);
        var directory = Path.GetDirectoryName(verified)!;
        var expected = File.Exists(verified) ? Normalize(File.ReadAllText(verified)) : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(verified, actual);
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(directory);
        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"No snapshot {verified}. Review {received}, then accept it with {AcceptVariable}=1."
            : $"{verified} differs from the output: {FirstDifference(expected, actual)}. Review {received}, then accept it with {AcceptVariable}=1.");
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string FirstDifference(string expected, string actual)
    {
        var want = expected.Split('\n');
        var got = actual.Split('\n');
        for (var i = 0; i < Math.Max(want.Length, got.Length); i++)
        {
            var w = i < want.Length ? want[i] : "<end of file>";
            var g = i < got.Length ? got[i] : "<end of file>";
            if (w != g)
            {
                return $"line {i + 1}: expected «{w}» but got «{g}»";
            }
        }

        return "no line differs";
    }
}
