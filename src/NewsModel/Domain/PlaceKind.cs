namespace NewsModel.Domain;

/// <summary>What sort of place a mention names.</summary>
public enum PlaceKind
{
    /// <summary>A country or territory.</summary>
    Country,

    /// <summary>A city or town.</summary>
    City,

    /// <summary>A region spanning or within countries.</summary>
    Region,

    /// <summary>A province, state or other first-level division.</summary>
    Province,

    /// <summary>Another sort of place.</summary>
    Other,
}
