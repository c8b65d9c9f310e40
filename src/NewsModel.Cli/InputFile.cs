namespace NewsModel.Cli;

/// <summary>One input's bytes and the name articles record as their source.</summary>
internal sealed record InputFile(string Source, byte[] Bytes)
{
    /// <summary>
    /// Reads a file, or standard input for <c>-</c>. Returns null and writes a one-line message for a missing file, a
    /// directory, an unreadable file or a binary file (one holding NUL bytes).
    /// </summary>
    public static InputFile? Read(string path, Func<Stream> standardInput, TextWriter error)
    {
        try
        {
            byte[] bytes;
            if (path == "-")
            {
                using var stdin = standardInput();
                using var buffer = new MemoryStream();
                stdin.CopyTo(buffer);
                bytes = buffer.ToArray();
            }
            else if (Directory.Exists(path))
            {
                error.WriteLine($"newsmodel: {path}: is a directory, not a text file.");
                return null;
            }
            else if (!File.Exists(path))
            {
                error.WriteLine($"newsmodel: {path}: no such file.");
                return null;
            }
            else
            {
                bytes = File.ReadAllBytes(path);
            }

            // Text never holds NUL bytes; UTF-16 and binary files do.
            if (bytes.AsSpan().Contains((byte)0))
            {
                error.WriteLine($"newsmodel: {path}: binary file (it holds NUL bytes); expected UTF-8 text.");
                return null;
            }

            return new InputFile(path, bytes);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"newsmodel: {path}: {exception.Message}");
            return null;
        }
    }
}
