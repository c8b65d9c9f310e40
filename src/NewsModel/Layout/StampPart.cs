namespace NewsModel.Layout;

/// <summary>One stamp inside a stamp line, with its range relative to the line's trimmed content.</summary>
/// <param name="Kind">Which date it gives.</param>
/// <param name="Date">The date, or null when it could not be read.</param>
/// <param name="Start">Offset of the keyword within the trimmed line.</param>
/// <param name="Length">Length from the keyword through the date and any time of day.</param>
internal readonly record struct StampPart(StampKind Kind, DateOnly? Date, int Start, int Length);
