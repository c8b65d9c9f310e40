namespace NewsModel.Domain;

/// <summary>Which article stamp a date was resolved against.</summary>
public enum DateReference
{
    /// <summary>The text states the date in full; nothing was resolved against a stamp.</summary>
    None,

    /// <summary>Resolved against the article's published date.</summary>
    Published,

    /// <summary>Resolved against the article's updated date, because it has no published date.</summary>
    Updated,
}
