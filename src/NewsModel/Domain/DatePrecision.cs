namespace NewsModel.Domain;

/// <summary>How much of a date the text states or implies.</summary>
public enum DatePrecision
{
    /// <summary>A calendar day: <c>2025-07-07</c>.</summary>
    Day,

    /// <summary>An ISO week: <c>2025-W28</c>; the value holds its Monday.</summary>
    Week,

    /// <summary>A month: <c>2025-04</c>; the value holds its first day.</summary>
    Month,

    /// <summary>A year: <c>2025</c>; the value holds 1 January.</summary>
    Year,
}
