using NewsModel.Text;

namespace NewsModel.Layout;

/// <summary>The layout stage over a stream, one window of text at a time.</summary>
internal sealed partial class LayoutParser
{
    /// <summary>
    /// Reads the complete articles of a window of a stream and updates <paramref name="window"/> for the next one.
    /// </summary>
    /// <param name="source">The window's text: whole lines, from the first line of an incomplete region (or the input's start).</param>
    /// <param name="sourceName">The source name recorded on each article.</param>
    /// <param name="window">The state carried between windows; updated.</param>
    /// <param name="isFinal">Whether the text runs to the end of the input.</param>
    /// <returns>The articles, with spans relative to the window, and where the unread rest of the window starts.</returns>
    public static LayoutWindowResult ParseWindow(SourceText source, string? sourceName, LayoutWindow window, bool isFinal)
    {
        var result = new LayoutParser(source).Run(sourceName, window, isFinal);
        window.HadHead |= result.Result.Articles.Count > 0;
        window.ScanFrom = result.NextScanFrom;
        return result;
    }
}
