using NewsModel.Internal;

namespace NewsModel.Domain;

/// <summary>A quotation and who said it.</summary>
public sealed record Quote : NewsRecord
{
    /// <summary>Gets the quoted words, without the quotation marks.</summary>
    public required string Text
    {
        get;
        init => field = Guard.NotNull(value, nameof(Text));
    }

    /// <summary>Gets the speaker as the article names them, e.g. <c>the Pakistani foreign ministry</c>; null when unattributed.</summary>
    public string? Speaker { get; init; }

    /// <summary>Gets the id of the <see cref="Person"/> or <see cref="Organization"/> record of the speaker, when known.</summary>
    public string? SpeakerId { get; init; }
}
