namespace NewsModel;

/// <summary>How <see cref="NewsParser.ParseAsync(Stream, NewsPipeline?, string?, NewsStreamOptions?, CancellationToken)"/> reads a stream.</summary>
/// <remarks>Immutable; options added later get defaults that keep today's behaviour.</remarks>
public sealed record NewsStreamOptions
{
    /// <summary>Gets the default options: sequential parsing.</summary>
    public static NewsStreamOptions Default { get; } = new();

    /// <summary>
    /// Gets how many articles' records may be extracted at once, on the thread pool; 1 (the default) extracts on the
    /// caller's thread. Articles are yielded in input order, and equal the sequential ones, whatever the value.
    /// <see cref="Environment.ProcessorCount"/> uses every core.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int MaxDegreeOfParallelism
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            field = value;
        }
    } = 1;
}
