namespace NewsModel.Domain;

/// <summary>How firmly a commitment binds, from binding (<see cref="Agreed"/>) to exhortative (<see cref="Stressed"/>); the numeric order follows that scale.</summary>
public enum CommitmentModality
{
    /// <summary>The parties agreed to it.</summary>
    Agreed,

    /// <summary>The parties decided it.</summary>
    Decided,

    /// <summary>A party committed itself to it.</summary>
    Committed,

    /// <summary>A party pledged it.</summary>
    Pledged,

    /// <summary>A party assured the other of it.</summary>
    Assured,

    /// <summary>A party urged or called for it.</summary>
    Urged,

    /// <summary>A party stressed, emphasised or underlined the need for it.</summary>
    Stressed,
}
