namespace NewsModel.Layout;

/// <summary>
/// What the layout stage carries from one window of a stream to the next: where to look for the next header, whether
/// an article has been found already, and the ids of the articles built so far (to report duplicates).
/// </summary>
/// <remarks>
/// A window's text starts at the first line of an article whose region is not yet complete (or at the start of the
/// input), so its first head reads the same lines it would read in the whole text: a head looks back no further than
/// its own headline and captions.
/// </remarks>
internal sealed class LayoutWindow
{
    /// <summary>Gets or sets the line of the window, counted from its start, where header lines are looked for.</summary>
    public int ScanFrom { get; set; }

    /// <summary>Gets or sets a value indicating whether an earlier window found an article head.</summary>
    public bool HadHead { get; set; }

    /// <summary>Gets the ids of the articles built so far.</summary>
    public HashSet<string> ArticleIds { get; } = new(StringComparer.Ordinal);
}
