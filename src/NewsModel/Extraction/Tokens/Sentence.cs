namespace NewsModel.Extraction.Tokens;

/// <summary>A sentence: a run of tokens within one paragraph or within the photo caption.</summary>
/// <param name="First">Index of its first token.</param>
/// <param name="Count">Number of tokens.</param>
/// <param name="Paragraph">Index of its paragraph in the article; the number of paragraphs for a sentence of the photo caption.</param>
internal readonly record struct Sentence(int First, int Count, int Paragraph)
{
    public int End => First + Count;
}
