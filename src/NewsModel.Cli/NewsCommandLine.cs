using System.CommandLine;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using NewsModel.Serialization;

namespace NewsModel.Cli;

/// <summary>
/// The <c>newsmodel</c> command line: with no arguments it summarises the embedded seeds; <c>parse</c> reads files or
/// standard input and writes json, jsonl, diagram, newstext or summary.
/// </summary>
internal sealed class NewsCommandLine(TextWriter output, TextWriter error, Func<Stream> standardInput)
{
    private static readonly string[] s_formats = ["json", "jsonl", "diagram", "newstext", "summary"];

    public int Run(string[] args)
    {
        var root = Build();
        var result = root.Parse(args);

        // System.CommandLine exits 1 on its own parse errors; usage errors are 2 here, and 1 means strict errors.
        if (result.Errors.Count > 0)
        {
            foreach (var parseError in result.Errors)
            {
                error.WriteLine($"newsmodel: {parseError.Message}");
            }

            error.WriteLine("Run 'newsmodel --help' for usage.");
            return ExitCodes.UsageOrIo;
        }

        return result.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    private RootCommand Build()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files to parse, or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: json (one document), jsonl (one article per line), diagram, newstext (the articles as text again) or summary.",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong(s_formats);
        var strict = new Option<bool>("--strict") { Description = "Fail with exit code 1 on the first error, naming its code and line:column." };
        var outputFile = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output." };

        var parse = new Command("parse", "Parse news articles copied as text.") { inputs, format, strict, outputFile };
        parse.SetAction(result => Parse(
            result.GetValue(inputs)!,
            result.GetValue(format)!,
            result.GetValue(strict),
            result.GetValue(outputFile)));

        var corpus = new Argument<string>("corpus-dir") { Description = "A folder of *.txt articles, each with a *.gold.json beside it." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "List every missed or spurious record and wrong field." };
        var eval = new Command("eval", "Score extraction against a labelled corpus: precision, recall and F1 per record type, accuracy per field.") { corpus, verbose };
        eval.SetAction(result => Evaluate(result.GetValue(corpus)!, result.GetValue(verbose)));

        var root = new RootCommand("NewsModel: turns news articles about diplomacy and development finance into typed, source-linked records. With no command, summarises the built-in seed articles.")
        {
            parse,
            eval,
        };
        root.SetAction(_ => Write([.. EmbeddedSeeds.All()], "summary", strict: false, outputPath: null));
        return root;
    }

    private int Evaluate(string directory, bool verbose)
    {
        if (!Directory.Exists(directory))
        {
            error.WriteLine($"newsmodel: {directory}: no such folder.");
            return ExitCodes.UsageOrIo;
        }

        using var services = new ServiceCollection().AddNewsModel().BuildServiceProvider();
        var evaluator = new Evaluation.CorpusEvaluator(services.GetRequiredService<NewsPipeline>());
        evaluator.EvaluateDirectory(directory);
        if (evaluator.Articles == 0)
        {
            error.WriteLine($"newsmodel: {directory}: no *.txt article with a *.gold.json beside it.");
            return ExitCodes.UsageOrIo;
        }

        output.Write(evaluator.Report(directory));
        if (verbose)
        {
            foreach (var miss in evaluator.Misses)
            {
                output.WriteLine(miss);
            }
        }

        return ExitCodes.Success;
    }

    private int Parse(string[] paths, string format, bool strict, string? outputPath)
    {
        var inputs = new List<InputFile>();
        foreach (var path in paths)
        {
            if (InputFile.Read(path, standardInput, error) is not { } input)
            {
                return ExitCodes.UsageOrIo;
            }

            inputs.Add(input);
        }

        return Write(inputs, format, strict, outputPath);
    }

    private int Write(List<InputFile> inputs, string format, bool strict, string? outputPath)
    {
        using var services = new ServiceCollection()
            .AddNewsModel(builder =>
            {
                if (strict)
                {
                    builder.UseStrictMode();
                }
            })
            .BuildServiceProvider();
        var pipeline = services.GetRequiredService<NewsPipeline>();

        NewsDocument document;
        try
        {
            var documents = inputs.Select(input => NewsParser.ParseUtf8(input.Bytes, pipeline, input.Source)).ToList();
            document = documents.Count == 1 ? documents[0] : new NewsDocument
            {
                Articles = [.. documents.SelectMany(d => d.Articles)],
                Diagnostics = [.. documents.SelectMany(d => d.Diagnostics)],
            };
        }
        catch (NewsParseException exception)
        {
            error.WriteLine($"newsmodel: {exception.Document.Source ?? "input"}: {exception.Message}");
            return ExitCodes.StrictErrors;
        }

        try
        {
            if (outputPath is null)
            {
                Render(document, format, services, output);
            }
            else
            {
                using var file = new StreamWriter(outputPath, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                Render(document, format, services, file);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"newsmodel: {outputPath}: {exception.Message}");
            return ExitCodes.UsageOrIo;
        }

        return ExitCodes.Success;
    }

    private static void Render(NewsDocument document, string format, IServiceProvider services, TextWriter writer)
    {
        if (format == "summary")
        {
            SummaryWriter.Write(document, writer);
            return;
        }

        services.GetServices<INewsSerializer>().Single(s => s.Format == format).Write(document, writer);
    }
}
