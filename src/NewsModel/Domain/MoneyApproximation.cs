namespace NewsModel.Domain;

/// <summary>How exactly the text states an amount.</summary>
public enum MoneyApproximation
{
    /// <summary>The amount as stated.</summary>
    Exact,

    /// <summary>An approximation: <c>around</c>, <c>about</c>, <c>nearly</c>, <c>some</c>.</summary>
    About,

    /// <summary>A lower bound: <c>over</c>, <c>more than</c>, <c>at least</c>.</summary>
    Over,

    /// <summary>An upper bound: <c>under</c>, <c>less than</c>.</summary>
    Under,

    /// <summary>A ceiling: <c>up to</c>.</summary>
    UpTo,

    /// <summary>A range: the amount is its lower end and the mention's upper bound its upper end.</summary>
    Range,
}
