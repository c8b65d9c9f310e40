using System.Collections.Immutable;
using NewsModel.Internal;
using NewsModel.Text;

namespace NewsModel.Domain;

/// <summary>The place (or places) and optional wire agency that open an article body, as in <c>KARACHI (Reuters):</c>.</summary>
public sealed record Dateline
{
    /// <summary>Gets the places as written, without the wire tag or separator: <c>ISLAMABAD</c>, <c>Islamabad</c>, <c>LAHORE / KARACHI</c>.</summary>
    public required string Text
    {
        get;
        init => field = Guard.NotBlank(value, nameof(Text));
    }

    /// <summary>Gets each place as written: <c>["LAHORE", "KARACHI"]</c>.</summary>
    public ImmutableArray<string> Places
    {
        get;
        init => field = Guard.OrEmpty(value);
    } = [];

    /// <summary>Gets the wire agency tag, e.g. <c>Reuters</c> for <c>KARACHI (Reuters):</c>; null when there is none.</summary>
    public string? Wire { get; init; }

    /// <summary>Gets the span of the dateline as written, from its first place through its wire tag, without the separator.</summary>
    public TextSpan Span { get; init; }

    /// <summary>
    /// Gets what stands between <see cref="Text"/> and <see cref="Wire"/>, as written: <c>" ("</c> for
    /// <c>KARACHI (Reuters):</c>, <c>", July 7 ("</c> for <c>WASHINGTON, July 7 (Reuters) -</c>; null when there is no
    /// wire tag or it was not recorded.
    /// </summary>
    public string? WireOpening
    {
        get;
        init => field = LayoutGuard.OneLine(value, nameof(WireOpening));
    }

    /// <summary>
    /// Gets what stands between the dateline (through its wire tag) and the paragraph text, as written: <c>": "</c>
    /// for <c>ISLAMABAD: …</c>, <c>"): "</c> after a wire tag, <c>" — "</c>, <c>", Côte d’Ivoire – "</c>; null when
    /// not recorded.
    /// </summary>
    public string? Separator
    {
        get;
        init => field = LayoutGuard.OneLine(value, nameof(Separator));
    }
}
