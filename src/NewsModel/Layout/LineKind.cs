namespace NewsModel.Layout;

/// <summary>What a single line is, judged from the line alone, before its neighbours are considered.</summary>
internal enum LineKind : byte
{
    /// <summary>Only white space.</summary>
    Blank,

    /// <summary>A <c>Short Url</c> line.</summary>
    ShortUrl,

    /// <summary>An <c>Updated …</c> or <c>Published …</c> stamp line.</summary>
    Stamp,

    /// <summary>A <c>Follow</c> line.</summary>
    Follow,

    /// <summary>A line opening with a bullet such as <c>•</c>.</summary>
    Bullet,

    /// <summary>Any other text.</summary>
    Text,
}
