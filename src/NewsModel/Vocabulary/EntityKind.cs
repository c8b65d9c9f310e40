namespace NewsModel.Vocabulary;

/// <summary>What a vocabulary phrase names.</summary>
internal enum EntityKind : byte
{
    /// <summary>A country by name or alias: <c>Pakistan</c>, <c>U.S.</c>.</summary>
    Country,

    /// <summary>A country's adjective or demonym: <c>Pakistani</c>, <c>Afghans</c>.</summary>
    CountryAdjective,

    /// <summary>A city.</summary>
    City,

    /// <summary>A region or province.</summary>
    Region,

    /// <summary>An organisation by name, alias or acronym.</summary>
    Organization,
}
