namespace NewsModel.Domain;

/// <summary>Whether a meeting took place, is planned, or was put off or called off.</summary>
public enum MeetingStatus
{
    /// <summary>The meeting took place.</summary>
    Held,

    /// <summary>The meeting is announced or agreed for the future.</summary>
    Planned,

    /// <summary>The meeting was put back to a later or unset date (<c>the talks were postponed</c>); it has not taken place.</summary>
    Postponed,

    /// <summary>The meeting was called off (<c>the visit was cancelled</c>) and will not take place as planned.</summary>
    Cancelled,
}
