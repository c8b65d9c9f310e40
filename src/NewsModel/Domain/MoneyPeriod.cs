namespace NewsModel.Domain;

/// <summary>The period of a rate such as <c>$2 billion annually</c>.</summary>
public enum MoneyPeriod
{
    /// <summary>Per day.</summary>
    Day,

    /// <summary>Per week.</summary>
    Week,

    /// <summary>Per month.</summary>
    Month,

    /// <summary>Per quarter.</summary>
    Quarter,

    /// <summary>Per year.</summary>
    Year,
}
