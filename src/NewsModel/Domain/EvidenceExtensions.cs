using System.Collections.Immutable;

namespace NewsModel.Domain;

/// <summary>Lookups over a record's evidence list.</summary>
public static class EvidenceExtensions
{
    /// <summary>Finds the evidence for one field.</summary>
    /// <param name="evidence">A record's evidence list.</param>
    /// <param name="field">The camelCase field name, as it appears in JSON.</param>
    /// <returns>The first evidence for <paramref name="field"/>, or null when the field has none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> is null.</exception>
    public static Evidence? Find(this ImmutableArray<Evidence> evidence, string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        foreach (var item in evidence.IsDefault ? [] : evidence)
        {
            if (string.Equals(item.Field, field, StringComparison.Ordinal))
            {
                return item;
            }
        }

        return null;
    }
}
