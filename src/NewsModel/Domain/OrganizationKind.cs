namespace NewsModel.Domain;

/// <summary>What sort of organisation a mention names.</summary>
public enum OrganizationKind
{
    /// <summary>A multilateral or national development bank.</summary>
    DevelopmentBank,

    /// <summary>A development or investment fund.</summary>
    Fund,

    /// <summary>An export-credit or export-import bank.</summary>
    ExportCreditAgency,

    /// <summary>A government's development agency.</summary>
    BilateralAgency,

    /// <summary>A monetary fund, such as the International Monetary Fund.</summary>
    MonetaryFund,

    /// <summary>A United Nations body.</summary>
    UnBody,

    /// <summary>A regional or intergovernmental organisation.</summary>
    RegionalBody,

    /// <summary>A grouping of states that meets as a forum, such as the G20.</summary>
    Forum,

    /// <summary>A credit rating agency.</summary>
    RatingAgency,

    /// <summary>A government ministry, division or department.</summary>
    Ministry,

    /// <summary>A government or one of its offices.</summary>
    Government,

    /// <summary>A company or state-owned enterprise.</summary>
    Company,

    /// <summary>A news agency or outlet.</summary>
    Media,

    /// <summary>Another sort of organisation.</summary>
    Other,
}
