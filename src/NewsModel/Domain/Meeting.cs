using System.Collections.Immutable;
using NewsModel.Internal;

namespace NewsModel.Domain;

/// <summary>A meeting the article reports: talks, a visit, a courtesy call, a summit or a phone call, held or planned.</summary>
public sealed record Meeting : NewsEvent
{
    /// <summary>Gets what sort of meeting it is.</summary>
    public MeetingKind Kind { get; init; }

    /// <summary>Gets the name of the forum or mechanism as written, e.g. <c>Joint Economic Commission</c>; null when unnamed.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the level as written, e.g. <c>foreign minister</c> or <c>additional secretary</c>; null when not stated.</summary>
    public string? Level { get; init; }

    /// <summary>Gets the round number; <c>inaugural</c> or <c>first</c> give 1; null when not stated.</summary>
    public int? Round { get; init; }

    /// <summary>Gets whether the meeting took place or is planned.</summary>
    public MeetingStatus Status { get; init; }

    /// <summary>Gets the canonical names of the countries and organisations that met, in order of first mention.</summary>
    public ImmutableArray<string> Parties
    {
        get;
        init => field = Guard.OrEmpty(value);
    } = [];

    /// <summary>Gets the ids of the <see cref="Place"/> or <see cref="Organization"/> records of <see cref="Parties"/>, index for index.</summary>
    public ImmutableArray<string> PartyIds
    {
        get;
        init => field = Guard.OrEmpty(value);
    } = [];

    /// <summary>Gets the names of the people who took part.</summary>
    public ImmutableArray<string> Participants
    {
        get;
        init => field = Guard.OrEmpty(value);
    } = [];

    /// <summary>Gets the ids of the <see cref="Person"/> records of <see cref="Participants"/>, index for index.</summary>
    public ImmutableArray<string> ParticipantIds
    {
        get;
        init => field = Guard.OrEmpty(value);
    } = [];

    /// <summary>Gets the canonical name of where it took place; null when the text does not say.</summary>
    public string? Location { get; init; }

    /// <summary>Gets the id of the <see cref="Place"/> record of <see cref="Location"/>.</summary>
    public string? LocationId { get; init; }

    /// <summary>Gets when it took place or is planned; null when the text does not say.</summary>
    public DateMention? Date { get; init; }

    /// <summary>Gets the topics as written, e.g. <c>trade</c>, <c>visa</c>, <c>security</c>.</summary>
    public ImmutableArray<string> Topics
    {
        get;
        init => field = Guard.OrEmpty(value);
    } = [];

    /// <summary>Gets the ids of the delegations that met.</summary>
    public ImmutableArray<string> DelegationIds
    {
        get;
        init => field = Guard.OrEmpty(value);
    } = [];

    /// <summary>Gets the ids of the commitments made at the meeting.</summary>
    public ImmutableArray<string> CommitmentIds
    {
        get;
        init => field = Guard.OrEmpty(value);
    } = [];
}
