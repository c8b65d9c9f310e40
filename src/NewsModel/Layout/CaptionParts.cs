namespace NewsModel.Layout;

/// <summary>A caption line split into caption and credit, as offsets into the line's trimmed content.</summary>
/// <param name="CaptionLength">Length of the caption from the start of the content.</param>
/// <param name="CreditStart">Offset of the credit's name, or -1 when there is none.</param>
/// <param name="CreditLength">Length of the credit's name.</param>
internal readonly record struct CaptionParts(int CaptionLength, int CreditStart, int CreditLength)
{
    public bool HasCredit => CreditStart >= 0;
}
