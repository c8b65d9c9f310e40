namespace NewsModel.Extraction;

/// <summary>What a recogniser found at a run of tokens.</summary>
internal enum AnnotationKind : byte
{
    None,
    Place,
    Organization,
    Person,
    Title,
    Money,
    Date,
}
