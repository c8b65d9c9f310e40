using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsModel.Serialization;
using NewsModel.Serialization.Json;

namespace NewsModel.Tests.Infrastructure;

/// <summary>
/// The promises a parsed document keeps whatever the input: every span lies inside the decoded text on the line
/// and column it names, the model holds no unpaired surrogate, every serialiser writes it, the text writer gives the
/// input back, the JSON forms read back to the same JSON, and every non-blank line is accounted for.
/// </summary>
/// <remarks>
/// Free of xunit so that the SharpFuzz harness (tests/NewsModel.Fuzz) links the same file: the fuzzer and the
/// in-suite mutation fuzz check one list of invariants. The oracle for the decoded text is written here, apart from
/// the library's own decoder, so a decoding bug shows up as a span mismatch.
/// </remarks>
internal static class DocumentInvariants
{
    /// <summary>Diagnostics about characters point at a line but do not place it in any element.</summary>
    private static readonly HashSet<string> s_characterCodes = ["NM1008", "NM1009", "NM1010"];

    /// <summary>The text spans index into, for text given as a string: one leading BOM removed, unpaired surrogates replaced.</summary>
    public static string Decoded(string text) => ReplaceUnpairedSurrogates(text.StartsWith('\uFEFF') ? text[1..] : text);

    /// <summary>The text spans index into, for UTF-8 bytes: one leading BOM removed, invalid sequences decoded as U+FFFD.</summary>
    public static string Decoded(ReadOnlySpan<byte> utf8)
    {
        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        return Encoding.UTF8.GetString(utf8);
    }

    /// <summary>Every serialiser the library registers, so a new format is checked as soon as it is registered.</summary>
    private static readonly INewsSerializer[] s_serializers =
        [.. new ServiceCollection().AddNewsModel().BuildServiceProvider().GetServices<INewsSerializer>()];

    /// <summary>Checks every invariant, writing the document with every registered serialiser; returns the first broken one, or null when all hold.</summary>
    public static string? FindViolation(string decodedText, NewsDocument document) => FindViolation(decodedText, document, s_serializers);

    /// <summary>Checks every invariant and returns the first broken one, or null when all hold.</summary>
    public static string? FindViolation(string decodedText, NewsDocument document, IEnumerable<INewsSerializer> serializers)
    {
        var outputs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var serializer in serializers)
        {
            outputs[serializer.Format] = Write(serializer, document);
            if (HasUnpairedSurrogate(outputs[serializer.Format]))
            {
                return $"serialiser '{serializer.Format}' wrote an unpaired surrogate.";
            }
        }

        var json = NewsJson.Serialize(document);
        return CheckSpans(decodedText, json)
            ?? CheckJsonRoundTrip(json, outputs.GetValueOrDefault("jsonl"))
            ?? CheckTextRoundTrip(decodedText, document, outputs.GetValueOrDefault("newstext"))
            ?? CheckLines(decodedText, document);
    }

    /// <summary>
    /// The text writer gives back the decoded text, byte order mark included: once sanitised (U+FFFD for what could
    /// not be carried), any input is well-formed and must come back exactly.
    /// </summary>
    private static string? CheckTextRoundTrip(string decodedText, NewsDocument document, string? written)
    {
        if (written is null)
        {
            return null;
        }

        var expected = document.Layout?.ByteOrderMark == true ? "\uFEFF" + decodedText : decodedText;
        if (written == expected)
        {
            return null;
        }

        var at = 0;
        while (at < Math.Min(written.Length, expected.Length) && written[at] == expected[at])
        {
            at++;
        }

        return $"newstext did not write the input back: first difference at index {at} of {expected.Length}.";
    }

    /// <summary>Finds every <c>{start,length,line,column}</c> object in the document's JSON and checks it against the text.</summary>
    private static string? CheckSpans(string text, string json)
    {
        var lineStarts = LineStarts(text);
        using var parsed = JsonDocument.Parse(json);
        var pending = new Stack<(JsonElement Element, string Path)>();
        pending.Push((parsed.RootElement, "$"));
        while (pending.Count > 0)
        {
            var (element, path) = pending.Pop();
            if (element.ValueKind == JsonValueKind.Array)
            {
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    pending.Push((item, $"{path}[{index++}]"));
                }
            }
            else if (element.ValueKind == JsonValueKind.Object)
            {
                if (element.TryGetProperty("start", out var start) && element.TryGetProperty("column", out var column))
                {
                    var problem = CheckSpan(text, lineStarts, start.GetInt32(), element.GetProperty("length").GetInt32(),
                        element.GetProperty("line").GetInt32(), column.GetInt32());
                    if (problem is not null)
                    {
                        return $"span at {path}: {problem}";
                    }

                    continue;
                }

                foreach (var property in element.EnumerateObject())
                {
                    pending.Push((property.Value, $"{path}.{property.Name}"));
                }
            }
            else if (element.ValueKind == JsonValueKind.String && HasUnpairedSurrogate(element.GetString()!))
            {
                return $"string at {path} holds an unpaired surrogate.";
            }
        }

        return null;
    }

    private static string? CheckSpan(string text, List<int> lineStarts, int start, int length, int line, int column)
    {
        if (start < 0 || length < 0 || start + length > text.Length)
        {
            return $"[{start}..{start + length}) lies outside the text of length {text.Length}.";
        }

        // The line holding the span's start: the last line that starts at or before it.
        var index = lineStarts.BinarySearch(start);
        var expectedLine = index >= 0 ? index + 1 : ~index;
        var expectedColumn = start - lineStarts[expectedLine - 1] + 1;
        return (line, column) == (expectedLine, expectedColumn)
            ? null
            : $"[{start}..{start + length}) says {line}:{column} but starts at {expectedLine}:{expectedColumn}.";
    }

    private static string? CheckJsonRoundTrip(string json, string? jsonLines)
    {
        var again = NewsJson.Serialize(NewsJson.Deserialize(json));
        if (again != json)
        {
            return $"JSON does not round-trip; first difference at character {FirstDifference(json, again)}.";
        }

        foreach (var line in (jsonLines ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (NewsJson.SerializeArticle(NewsJson.DeserializeArticle(line)) != line)
            {
                return $"a JSON line does not round-trip: {line[..Math.Min(80, line.Length)]}";
            }
        }

        return null;
    }

    private static string? CheckLines(string text, NewsDocument document)
    {
        var owners = LineOwnership.Collect(document);
        var diagnosed = document.GetAllDiagnostics().Where(d => !s_characterCodes.Contains(d.Code)).Select(d => d.Span.Line).ToHashSet();
        foreach (var line in LineOwnership.NonBlankLines(text))
        {
            if (!owners.ContainsKey(line) && !diagnosed.Contains(line))
            {
                return $"line {line} belongs to no element and has no diagnostic.";
            }
        }

        return null;
    }

    private static string Write(INewsSerializer serializer, NewsDocument document)
    {
        using var writer = new StringWriter();
        serializer.Write(document, writer);
        return writer.ToString();
    }

    /// <summary>Start index of every line, split at CRLF, CR or LF as the parser splits.</summary>
    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            if (text[i] is '\r' or '\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    private static string ReplaceUnpairedSurrogates(string text)
    {
        if (!HasUnpairedSurrogate(text))
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }

    private static bool HasUnpairedSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static int FirstDifference(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        return i;
    }
}
