namespace NewsModel.Cli;

/// <summary>The console's documented exit codes.</summary>
internal static class ExitCodes
{
    /// <summary>Parsed; the output was written.</summary>
    public const int Success = 0;

    /// <summary><c>--strict</c> was given and the text has an error.</summary>
    public const int StrictErrors = 1;

    /// <summary>A usage error (an unknown option or format) or an I/O error (a missing, unreadable or binary input).</summary>
    public const int UsageOrIo = 2;
}
