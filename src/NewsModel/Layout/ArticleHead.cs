namespace NewsModel.Layout;

/// <summary>
/// Where one article's head lies, as line indexes: its headline, caption lines, header lines (<c>Short Url</c>,
/// stamps, <c>Follow</c>) and repeated headline, and the line its body starts at.
/// </summary>
/// <remarks>Invariant: every index is -1 or a line of the head, and <see cref="BodyStart"/> follows all of them.</remarks>
internal sealed class ArticleHead
{
    public int Headline { get; init; } = -1;

    public int[] Captions { get; init; } = [];

    public int HeaderStart { get; init; } = -1;

    public int HeaderEnd { get; init; } = -1;

    /// <summary>The repeated headline after the header, when it matches the headline.</summary>
    public int Repeat { get; init; } = -1;

    /// <summary>A headline-like line after the header that differs from the headline; kept as a subheading.</summary>
    public int DifferingRepeat { get; init; } = -1;

    public int BodyStart { get; init; }

    /// <summary>The diagnostic the head itself raises (a missing or unrepeated headline), or null.</summary>
    public string? Problem { get; init; }

    public int FirstLine
    {
        get
        {
            var first = HeaderStart >= 0 ? HeaderStart : BodyStart;
            if (Headline >= 0)
            {
                first = Math.Min(first, Headline);
            }

            return Captions.Length > 0 ? Math.Min(first, Captions[0]) : first;
        }
    }
}
