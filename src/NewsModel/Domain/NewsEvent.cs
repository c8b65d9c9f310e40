using NewsModel.Internal;

namespace NewsModel.Domain;

/// <summary>
/// An event an article reports — a meeting, a loan agreement or package, a delegation, a commitment — with how
/// sure the rules are of it.
/// </summary>
public abstract record NewsEvent : NewsRecord
{
    /// <summary>Gets how sure the rules that built this record are, from 0 to 1; read low values first.</summary>
    public double Confidence
    {
        get;
        init => field = Guard.Probability(value, nameof(Confidence));
    }

    /// <summary>Gets whether a check failed or a key field is missing, so that a person should read the source.</summary>
    public bool NeedsReview { get; init; }
}
