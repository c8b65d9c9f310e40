namespace NewsModel.Layout;

/// <summary>Which article date a stamp gives.</summary>
internal enum StampKind : byte
{
    Published,
    Updated,
}
