namespace NewsModel.Vocabulary;

/// <summary>What a vocabulary phrase stands for: an entity kind, its index in that kind's table, and whether case must match.</summary>
/// <param name="Kind">The entity kind.</param>
/// <param name="Index">Index into <see cref="Gazetteer.Countries"/>, <see cref="Gazetteer.Cities"/>, <see cref="Gazetteer.Regions"/> or <see cref="Gazetteer.Organizations"/>.</param>
/// <param name="ExactCase">Whether the text must match the case exactly, as for acronyms (<c>US</c> is not <c>us</c>).</param>
/// <param name="Phrase">The phrase as the data writes it.</param>
internal sealed record EntityEntry(EntityKind Kind, int Index, bool ExactCase, string Phrase);
