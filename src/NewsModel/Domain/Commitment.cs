using System.Collections.Immutable;
using NewsModel.Internal;

namespace NewsModel.Domain;

/// <summary>Something a party agreed, decided, pledged, assured, urged or stressed: who, how firmly, what and by when.</summary>
public sealed record Commitment : NewsEvent
{
    /// <summary>Gets the canonical names of the committing parties, with <c>both sides</c> or <c>they</c> resolved through the meeting.</summary>
    public ImmutableArray<string> Parties
    {
        get;
        init => field = Guard.OrEmpty(value);
    } = [];

    /// <summary>Gets the ids of the records of <see cref="Parties"/>, index for index.</summary>
    public ImmutableArray<string> PartyIds
    {
        get;
        init => field = Guard.OrEmpty(value);
    } = [];

    /// <summary>Gets how firmly the commitment binds.</summary>
    public CommitmentModality Modality { get; init; }

    /// <summary>Gets the committed action as written, e.g. <c>to convene the next round at mutually convenient dates</c>.</summary>
    public required string Action
    {
        get;
        init => field = Guard.NotBlank(value, nameof(Action));
    }

    /// <summary>Gets the object of the action as written, e.g. <c>the Framework Agreement</c>; null when none stands out.</summary>
    public string? Object { get; init; }

    /// <summary>Gets the deadline the text states; null when none.</summary>
    public DateMention? Deadline { get; init; }

    /// <summary>Gets the id of the meeting the commitment was made at.</summary>
    public string? MeetingId { get; init; }
}
