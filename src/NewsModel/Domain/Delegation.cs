using System.Collections.Immutable;
using NewsModel.Internal;

namespace NewsModel.Domain;

/// <summary>One side's delegation at a meeting: its head, with title, and members.</summary>
public sealed record Delegation : NewsEvent
{
    /// <summary>Gets the canonical name of the side, e.g. <c>Afghanistan</c>.</summary>
    public string? Side { get; init; }

    /// <summary>Gets the id of the side's <see cref="Place"/> or <see cref="Organization"/> record.</summary>
    public string? SideId { get; init; }

    /// <summary>Gets the head's name; null when the text does not name one.</summary>
    public string? Head { get; init; }

    /// <summary>Gets the id of the head's <see cref="Person"/> record.</summary>
    public string? HeadId { get; init; }

    /// <summary>Gets the head's title as written, e.g. <c>Additional Secretary for Afghanistan and West Asia</c>.</summary>
    public string? HeadTitle { get; init; }

    /// <summary>Gets the names of other members.</summary>
    public ImmutableArray<string> Members
    {
        get;
        init => field = Guard.OrEmpty(value);
    } = [];

    /// <summary>Gets the ids of the <see cref="Person"/> records of <see cref="Members"/>, index for index.</summary>
    public ImmutableArray<string> MemberIds
    {
        get;
        init => field = Guard.OrEmpty(value);
    } = [];

    /// <summary>Gets the id of the meeting the delegation attended.</summary>
    public string? MeetingId { get; init; }
}
