using NewsModel.Domain;
using NewsModel.Serialization.Json;
using Spectre.Console;

namespace NewsModel.Cli;

/// <summary>
/// <c>parse --format jsonl</c>: streams each input through <see cref="NewsParser.ParseAsync(Stream, NewsPipeline?, string?, NewsStreamOptions?, CancellationToken)"/>
/// and writes each article as soon as it is parsed, so memory stays flat whatever the input's size.
/// </summary>
/// <remarks>
/// A progress bar goes to standard error when it is a terminal, the output is not (a file or a pipe), and an input
/// is larger than <see cref="ProgressThreshold"/>; otherwise the console is quiet.
/// </remarks>
internal sealed class JsonLinesStreamer(TextWriter output, TextWriter error, Func<Stream> standardInput, bool errorIsTerminal)
{
    /// <summary>Inputs up to this size parse too fast to need a progress bar.</summary>
    public const long ProgressThreshold = 4 * 1024 * 1024;

    public int Run(string[] paths, NewsPipeline pipeline, bool parallel, string? outputPath)
    {
        foreach (var path in paths.Where(p => p != "-"))
        {
            var problem = Directory.Exists(path) ? "is a directory, not a text file." : !File.Exists(path) ? "no such file." : null;
            if (problem is not null)
            {
                error.WriteLine($"newsmodel: {path}: {problem}");
                return ExitCodes.UsageOrIo;
            }
        }

        var options = new NewsStreamOptions { MaxDegreeOfParallelism = parallel ? Environment.ProcessorCount : 1 };
        var current = outputPath ?? "-";
        TextWriter? file = null;
        try
        {
            file = outputPath is null ? null : new StreamWriter(outputPath, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            var writer = file ?? output;
            foreach (var path in paths)
            {
                current = path;
                using var input = new TextInputStream(path == "-" ? standardInput() : File.OpenRead(path));
                var length = path == "-" ? 0 : new FileInfo(path).Length;
                var articles = NewsParser.ParseAsync(input, pipeline, path, options);
                var showProgress = errorIsTerminal && (outputPath is not null || Console.IsOutputRedirected) && length > ProgressThreshold;
                var degree = options.MaxDegreeOfParallelism;
                (showProgress ? WithProgressAsync(articles, writer, degree, input, path, length) : WriteAsync(articles, writer, degree, null)).GetAwaiter().GetResult();
            }

            return ExitCodes.Success;
        }
        catch (NewsParseException exception)
        {
            error.WriteLine($"newsmodel: {current}: {exception.Message}");
            return ExitCodes.StrictErrors;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            error.WriteLine($"newsmodel: {current}: {exception.Message}");
            return ExitCodes.UsageOrIo;
        }
        finally
        {
            file?.Dispose();
        }
    }

    /// <summary>
    /// Writes each article as one JSON line, in input order. With more than one worker the JSON is also made on the
    /// thread pool, a few articles ahead of the writer: writing JSON costs about as much as parsing, and on one thread it
    /// held <c>--parallel</c> to 1.34× the sequential speed on two cores.
    /// </summary>
    private static async Task WriteAsync(IAsyncEnumerable<Article> articles, TextWriter writer, int degree, Action? progress)
    {
        var pending = new Queue<Task<string>>();
        await foreach (var article in articles.ConfigureAwait(false))
        {
            if (degree <= 1)
            {
                WriteLine(writer, NewsJson.SerializeArticle(article), progress);
                continue;
            }

            pending.Enqueue(Task.Run(() => NewsJson.SerializeArticle(article)));
            if (pending.Count >= 2 * degree)
            {
                WriteLine(writer, await pending.Dequeue().ConfigureAwait(false), progress);
            }
        }

        while (pending.Count > 0)
        {
            WriteLine(writer, await pending.Dequeue().ConfigureAwait(false), progress);
        }
    }

    private static void WriteLine(TextWriter writer, string json, Action? progress)
    {
        writer.Write(json);
        writer.Write('\n');
        writer.Flush();
        progress?.Invoke();
    }

    private Task WithProgressAsync(IAsyncEnumerable<Article> articles, TextWriter writer, int degree, TextInputStream input, string path, long length)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(error) });
        return console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new TransferSpeedColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Path.GetFileName(path), maxValue: length);
                await WriteAsync(articles, writer, degree, () => task.Value = input.BytesRead).ConfigureAwait(false);
                task.Value = length;
            });
    }
}
