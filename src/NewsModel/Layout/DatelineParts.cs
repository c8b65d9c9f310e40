namespace NewsModel.Layout;

/// <summary>Where a dateline's parts lie, as offsets into the first paragraph's trimmed content.</summary>
/// <param name="PlacesLength">Length of the places text from offset 0, e.g. <c>LAHORE / KARACHI</c>.</param>
/// <param name="Places">Each place's offset and length.</param>
/// <param name="WireStart">Offset of the wire agency inside its parentheses, or -1.</param>
/// <param name="WireLength">Length of the wire agency.</param>
/// <param name="Length">Length of the dateline as written, through the wire tag, without the separator.</param>
/// <param name="BodyStart">Offset where the paragraph's own text starts, after the separator and white space.</param>
internal readonly record struct DatelineParts(int PlacesLength, List<(int Start, int Length)> Places, int WireStart, int WireLength, int Length, int BodyStart);
