namespace NewsModel.Extraction.Entities;

/// <summary>A working object of the rules that <see cref="Pool{T}"/> hands out again for the next article.</summary>
internal interface IPooled
{
    /// <summary>Restores the state of a new object: every property to its default, every list empty.</summary>
    void Reset();
}

/// <summary>
/// Working objects of one kind, reused from article to article: the rules of one article take them with
/// <see cref="Rent"/>, and the next article's <see cref="ReturnAll"/> takes them all back with their lists' capacity.
/// </summary>
/// <remarks>
/// Records never hold a working object, only values copied from it, so an object may be handed out again once its
/// article's records are built. One pool serves one <see cref="ExtractionContext"/>, on one thread.
/// </remarks>
internal sealed class Pool<T>
    where T : class, IPooled, new()
{
    private readonly List<T> _items = [];
    private int _used;

    /// <summary>An object in its new state.</summary>
    public T Rent()
    {
        if (_used == _items.Count)
        {
            _items.Add(new T());
            return _items[_used++];
        }

        var item = _items[_used++];
        item.Reset();
        return item;
    }

    /// <summary>Takes back every object handed out; they are reset as they are handed out again.</summary>
    public void ReturnAll() => _used = 0;

    /// <summary>Takes back every object and resets it, so that none keeps the values of the last text parsed alive.</summary>
    public void Clear()
    {
        foreach (var item in _items)
        {
            item.Reset();
        }

        _used = 0;
    }
}
