namespace NewsModel.Domain;

/// <summary>What sort of meeting an article reports.</summary>
public enum MeetingKind
{
    /// <summary>Talks, consultations, a dialogue or a round of a mechanism between delegations.</summary>
    Talks,

    /// <summary>An official visit by a person or delegation to a place.</summary>
    Visit,

    /// <summary>A courtesy call: one official calls on another.</summary>
    CallOn,

    /// <summary>A summit or a multilateral leaders' or ministers' meeting.</summary>
    Summit,

    /// <summary>A telephone or video call.</summary>
    PhoneCall,

    /// <summary>A meeting of another or unstated sort.</summary>
    Other,
}
