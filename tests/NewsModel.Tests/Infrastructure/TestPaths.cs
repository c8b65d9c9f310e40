namespace NewsModel.Tests.Infrastructure;

/// <summary>Finds files by walking up from the test binaries to the repository root (the folder holding NewsModel.sln).</summary>
internal static class TestPaths
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    public static string Root => s_root.Value;

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Tests => Path.Combine(Root, "tests", "NewsModel.Tests");

    public static string LayoutArticles => Path.Combine(Tests, "Layout", "Articles");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NewsModel.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No NewsModel.sln above {AppContext.BaseDirectory}.");
    }
}
