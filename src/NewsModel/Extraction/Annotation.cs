namespace NewsModel.Extraction;

/// <summary>
/// A recogniser's finding over a run of tokens: its kind, which entity or value it stands for, and its exact
/// characters (a part of a hyphenated token such as <c>Pakistan</c> in <c>Pakistan-Afghan</c> has a narrower span
/// than its token).
/// </summary>
/// <param name="Kind">What was found.</param>
/// <param name="First">Index of the first token.</param>
/// <param name="Count">Number of tokens.</param>
/// <param name="Entity">Index into the context's list for the kind (places, organisations, people, money, dates).</param>
/// <param name="Start">Index of the first character in the source.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="IsAdjective">For a place, whether it was named by an adjective or demonym (<c>Pakistani</c>).</param>
internal readonly record struct Annotation(AnnotationKind Kind, int First, int Count, int Entity, int Start, int Length, bool IsAdjective = false)
{
    public int End => First + Count;
}
