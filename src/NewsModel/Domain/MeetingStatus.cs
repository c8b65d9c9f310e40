namespace NewsModel.Domain;

/// <summary>Whether a meeting took place or is only planned.</summary>
public enum MeetingStatus
{
    /// <summary>The meeting took place.</summary>
    Held,

    /// <summary>The meeting is announced or agreed for the future.</summary>
    Planned,
}
