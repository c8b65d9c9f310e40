using System.Diagnostics;

namespace NewsModel.Internal;

/// <summary>
/// A stretch of the parsed text that a model string is cut from only when it is first read, so parsing keeps one
/// string for the whole input instead of a copy of every paragraph.
/// </summary>
/// <remarks>Invariant: either no source (default: nothing to cut) or a range that lies inside the source.</remarks>
internal readonly struct SourceSlice
{
    private readonly string? _source;
    private readonly int _start;
    private readonly int _length;

    public SourceSlice(string source, int start, int length)
    {
        Debug.Assert(start >= 0 && length >= 0 && start + length <= source.Length, "The slice lies inside its source.");
        _source = source;
        _start = start;
        _length = length;
    }

    /// <summary>Gets whether the slice has a source to cut from.</summary>
    public bool HasSource => _source is not null;

    /// <summary>Gets the characters without copying them.</summary>
    public ReadOnlySpan<char> Chars => _source.AsSpan(_start, _length);

    /// <summary>Cuts the string; empty when there is no source.</summary>
    public override string ToString() => _source?.Substring(_start, _length) ?? "";
}
