using System.Diagnostics.CodeAnalysis;
using NewsModel.Internal;

namespace NewsModel.Domain;

/// <summary>A quotation and who said it.</summary>
/// <remarks>A quotation read by the parser cuts <see cref="Text"/> from the parsed text on first read, as <see cref="Paragraph"/> does; reading it is thread-safe.</remarks>
public sealed record Quote : NewsRecord
{
    // Invariant: Text's backing field is set, or _slice has a source (a quotation read by the parser, its text not yet read).
    private readonly SourceSlice _slice;

    /// <summary>Creates a quotation whose text is cut from the parsed text when first read.</summary>
    [SetsRequiredMembers]
    internal Quote(string id, SourceSlice text)
        : base(id) => _slice = text;

    /// <summary>Creates a quotation; set <see cref="Text"/> and <see cref="NewsRecord.Id"/> in the initializer.</summary>
    public Quote()
    {
    }

    /// <summary>Gets the quoted words, without the quotation marks.</summary>
    public required string Text
    {
        get => field ??= _slice.ToString();
        init
        {
            field = Guard.NotNull(value, nameof(Text));
            _slice = default;
        }
    }

    /// <summary>Gets the text without copying it.</summary>
    internal ReadOnlySpan<char> Chars => _slice.HasSource ? _slice.Chars : Text;

    /// <summary>Gets the speaker as the article names them, e.g. <c>the Pakistani foreign ministry</c>; null when unattributed.</summary>
    public string? Speaker { get; init; }

    /// <summary>Gets the id of the <see cref="Person"/> or <see cref="Organization"/> record of the speaker, when known.</summary>
    public string? SpeakerId { get; init; }

    /// <summary>Compares two quotations by id, span, evidence, text, speaker and speaker id.</summary>
    /// <param name="other">The quotation to compare with.</param>
    /// <returns>Whether every property is equal (evidence lists by reference, as for every record).</returns>
    public bool Equals(Quote? other) =>
        base.Equals(other)
        && Chars.SequenceEqual(other.Chars)
        && string.Equals(Speaker, other.Speaker, StringComparison.Ordinal)
        && string.Equals(SpeakerId, other.SpeakerId, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), string.GetHashCode(Chars, StringComparison.Ordinal), Speaker, SpeakerId);
}
