namespace NewsModel.Text;

/// <summary>One line of a <see cref="SourceText"/>: where its content starts, how long it is, and how it ends.</summary>
/// <remarks>Invariant: <c>Start + Length + TerminatorLength</c> is the start of the next line.</remarks>
internal readonly record struct TextLine(int Start, int Length, int TerminatorLength, int Number)
{
    /// <summary>Gets the exclusive end of the content, where the terminator (if any) starts.</summary>
    public int End => Start + Length;
}
