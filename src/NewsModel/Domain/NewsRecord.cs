using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using NewsModel.Internal;
using NewsModel.Text;

namespace NewsModel.Domain;

/// <summary>What every extracted record has: a deterministic id, a span and per-field evidence.</summary>
/// <remarks>
/// Ids derive from what identifies the record (its key facts and its article), never from randomness or position in
/// a file, so parsing the same text again, or an updated copy reporting the same facts, gives the same ids. Records
/// refer to each other by id.
/// </remarks>
public abstract record NewsRecord
{
    /// <summary>Creates a record; set <see cref="Id"/> in the initializer.</summary>
    protected NewsRecord()
    {
    }

    /// <summary>Creates a record with its id, for records whose other required members a constructor sets.</summary>
    [SetsRequiredMembers]
    private protected NewsRecord(string id) => Id = id;

    /// <summary>Gets the record's deterministic id, unique within its article, e.g. <c>mtg-3f9a0c12d4e5</c>.</summary>
    public required string Id
    {
        get;
        init => field = Guard.NotBlank(value, nameof(Id));
    }

    /// <summary>Gets the span of the sentence or sentences the record was read from; for an entity, its first mention.</summary>
    public TextSpan Span { get; init; }

    /// <summary>Gets where each field was read, in field order; see <see cref="EvidenceExtensions.Find"/>.</summary>
    public ImmutableArray<Evidence> Evidence
    {
        get;
        init => field = Guard.OrEmpty(value);
    } = [];
}
