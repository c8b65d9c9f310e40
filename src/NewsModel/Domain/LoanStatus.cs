namespace NewsModel.Domain;

/// <summary>How far a loan agreement has come, as the article reports it.</summary>
public enum LoanStatus
{
    /// <summary>The agreement was signed.</summary>
    Signed,

    /// <summary>The lender approved it; the article reports no signing.</summary>
    Approved,

    /// <summary>It was announced, agreed in principle or requested.</summary>
    Announced,

    /// <summary>A figure mentioned as background (a cumulative total or an earlier loan), not a new agreement.</summary>
    Background,
}
