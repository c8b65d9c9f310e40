namespace NewsModel.Extraction;

/// <summary>
/// What a word can signal to the rules, looked up once per token when an article is tokenised, so that a rule skips
/// every sentence that lacks its cue instead of comparing each word against its own list.
/// </summary>
[Flags]
internal enum WordClass : uint
{
    None = 0,

    /// <summary>signed, inked, sign, signing.</summary>
    Signing = 1 << 0,

    /// <summary>approved, approve, approval, cleared.</summary>
    Approval = 1 << 1,

    /// <summary>loan, credit, grant, financing, facility, tranche, agreement, funding …</summary>
    Financing = 1 << 2,

    /// <summary>Project, Program, Programme, Facility, Initiative, Scheme: a named project's head word.</summary>
    ProjectHead = 1 << 3,

    /// <summary>total, totaling, combined …</summary>
    Total = 1 << 4,

    /// <summary>reach, bring, raising: a running total.</summary>
    Accumulate = 1 << 5,

    /// <summary>Words that announce a meeting: talks, met, visit, summit, called, telephone, session, received …</summary>
    MeetingCue = 1 << 6,

    /// <summary>Words that announce a commitment: agreed, decided, pledged, assured, urged, called, stressed, reaffirmed …</summary>
    ModalityCue = 1 << 7,

    /// <summary>side, delegation, team: a delegation.</summary>
    SideCue = 1 << 8,

    /// <summary>today, yesterday, tomorrow, this, last, next, earlier, later, previous: a relative date may start here.</summary>
    RelativeDate = 1 << 9,

    /// <summary>will, shall, scheduled, upcoming, planned, plans, expected, next, forthcoming, due: the clause may speak of the future.</summary>
    Future = 1 << 10,

    /// <summary>A country, city, region or organisation phrase of the gazetteer may start here.</summary>
    EntityStart = 1 << 11,

    /// <summary>A title or honorific may start here.</summary>
    TitleStart = 1 << 12,

    /// <summary>acting, senior, former …: a word that may come before a title.</summary>
    TitleModifier = 1 << 13,

    /// <summary>A currency sign or code may start here (<c>Rs</c>, <c>USD</c>, <c>US</c> of <c>US$</c>).</summary>
    CurrencySymbolStart = 1 << 14,

    /// <summary>A currency word may start here (<c>dollars</c>, <c>Saudi</c> of <c>Saudi riyals</c>).</summary>
    CurrencyWordStart = 1 << 15,

    /// <summary>A reference to a ministry may start here (<c>foreign</c> of <c>foreign office</c>).</summary>
    MinistryStart = 1 << 16,

    /// <summary>A month name or abbreviation.</summary>
    Month = 1 << 17,

    /// <summary>A weekday name.</summary>
    Weekday = 1 << 18,

    /// <summary>total, cumulative, portfolio, date, far, since, has, have: where a running record of lending may be told.</summary>
    BackgroundCue = 1 << 19,

    /// <summary>Project, Programme, Facility, Plan, Corridor … and same: where the loan rule looks for a programme's name.</summary>
    NameHead = 1 << 20,

    /// <summary>loan, grant, credit, guarantee, facility, policy-based, results-based: a financing instrument.</summary>
    Instrument = 1 << 21,
}
