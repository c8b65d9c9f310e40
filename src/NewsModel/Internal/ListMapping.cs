using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace NewsModel.Internal;

/// <summary>
/// Turns the working lists of extraction into the immutable arrays of the records: one array of exactly the list's
/// size, with no iterator or growth on the way.
/// </summary>
internal static class ListMapping
{
    /// <summary>The image of each item of <paramref name="source"/>, in list order.</summary>
    public static ImmutableArray<TResult> Map<TSource, TResult>(List<TSource> source, Func<TSource, TResult> map)
    {
        if (source.Count == 0)
        {
            return [];
        }

        var result = new TResult[source.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = map(source[i]);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(result);
    }

    /// <summary>
    /// Like <see cref="Map{TSource, TResult}"/>, in ascending order of a non-negative key; items with equal keys keep
    /// their list order, as with <see cref="Enumerable.OrderBy{TSource, TKey}(IEnumerable{TSource}, Func{TSource, TKey})"/>.
    /// </summary>
    public static ImmutableArray<TResult> MapOrderedBy<TSource, TResult>(List<TSource> source, Func<TSource, int> key, Func<TSource, TResult> map)
    {
        // The common case: the items were found in text order already (dates and amounts are out of order only when a
        // photo caption, read after the body, gave some), so there is nothing to sort.
        var ordered = true;
        for (var i = 1; i < source.Count && ordered; i++)
        {
            ordered = key(source[i - 1]) <= key(source[i]);
        }

        if (ordered)
        {
            return Map(source, map);
        }

        // Sorting (key, index) pairs packed in one long is stable and needs no comparer.
        const int MaxStackKeys = 128;
        var keys = source.Count <= MaxStackKeys ? stackalloc long[source.Count] : new long[source.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = ((long)key(source[i]) << 32) | (uint)i;
        }

        keys.Sort();
        var result = new TResult[source.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = map(source[(int)(uint)keys[i]]);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(result);
    }
}
