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

    /// <summary>Taken from the date the text gave just before (<c>the same day</c>, <c>earlier in the day</c>, <c>shortly afterwards</c>).</summary>
    PreviousDate,
}
