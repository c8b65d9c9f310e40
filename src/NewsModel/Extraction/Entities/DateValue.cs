using NewsModel.Domain;

namespace NewsModel.Extraction.Entities;

/// <summary>A date read from the text: the mention, the tokens it covers, and whether its sentence speaks of the future.</summary>
internal sealed record DateValue(DateMention Mention, int First, int End, string Rule);
