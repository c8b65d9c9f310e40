namespace NewsModel.Layout;

/// <summary>The articles of one window whose regions are complete, and where the rest of the window starts.</summary>
/// <param name="Result">The complete articles, and (for the final window of an input with no article) the diagnostics that belong to none.</param>
/// <param name="KeepFrom">The first line not yet read into an article: the start of the next window. The line count when all are read.</param>
/// <param name="NextScanFrom">Where the next window, which starts at <paramref name="KeepFrom"/>, looks for header lines.</param>
internal sealed record LayoutWindowResult(LayoutResult Result, int KeepFrom, int NextScanFrom);
