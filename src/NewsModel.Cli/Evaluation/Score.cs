namespace NewsModel.Cli.Evaluation;

/// <summary>Matched, spurious and missed counts for one record type, with precision, recall and F1.</summary>
internal sealed class Score
{
    public int TruePositives { get; set; }

    public int FalsePositives { get; set; }

    public int FalseNegatives { get; set; }

    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public void Add(int truePositives, int falsePositives, int falseNegatives)
    {
        TruePositives += truePositives;
        FalsePositives += falsePositives;
        FalseNegatives += falseNegatives;
    }
}

/// <summary>Correct out of total for one field, such as the value of each gold date.</summary>
internal sealed class FieldAccuracy
{
    public int Correct { get; set; }

    public int Total { get; set; }

    public double Accuracy => Total == 0 ? 1 : (double)Correct / Total;
}
