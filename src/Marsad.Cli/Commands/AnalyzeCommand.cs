using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Marsad.Analysis;
using Marsad.Core;
using Marsad.Extraction;
using Marsad.Ingest.Sources;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad analyze</c>: inputs to <c>marsad.document/1</c> JSON.</summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files")
        {
            Description = "HTML or text files to analyze (an RSS/Atom feed file gives one JSON line per item); '-' reads one document from standard input",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var jsonl = new Option<string?>("--jsonl")
        {
            Description = "read JSON Lines: each line {\"id\":…, \"text\":…} or {\"id\":…, \"html\":…}; '-' for standard input",
        };
        var format = new Option<string?>("--format") { Description = "force the input format: html or text" };
        format.AcceptOnlyFromAmong("html", "text");
        var compact = new Option<bool>("--compact") { Description = "write a single file's result on one line" };
        var actors = new Option<bool>("--actors")
        {
            Description = "also write to standard error, sentence by sentence, the actors quotes and events read (names and generic agents, with kind and code)",
        };

        var command = new Command("analyze", "Extract and analyze articles; write marsad.document/1 JSON to standard output");
        command.Arguments.Add(files);
        command.Options.Add(jsonl);
        command.Options.Add(format);
        command.Options.Add(compact);
        command.Options.Add(actors);
        command.SetAction(async (parse, ct) =>
        {
            var paths = parse.GetValue(files) ?? [];
            var jsonlPath = parse.GetValue(jsonl);
            var fmt = parse.GetValue(format);
            if (jsonlPath is null && paths.Length == 0)
            {
                await Console.Error.WriteLineAsync("marsad analyze: give at least one FILE, '-' for standard input, or --jsonl FILE").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            using var stdout = Console.OpenStandardOutput();
            var analyzer = new Analyzer(MarsadPipeline.CreateDefault()) { ShowActors = parse.GetValue(actors) };
            if (jsonlPath is not null)
            {
                return await analyzer.AnalyzeJsonLinesAsync(jsonlPath, fmt, stdout, ct).ConfigureAwait(false);
            }

            if (paths.Length == 1)
            {
                return analyzer.AnalyzeSingle(paths[0], fmt, stdout, indented: !parse.GetValue(compact));
            }

            return analyzer.AnalyzeMany(paths, fmt, stdout, ct);
        });
        return command;
    }
}

/// <summary>Runs extraction and the pipeline for the analyze command's three input modes.</summary>
internal sealed class Analyzer(Pipeline pipeline)
{
    /// <summary>Write each analyzed document's actor mentions to standard error (<c>--actors</c>).</summary>
    public bool ShowActors { get; init; }

    private static readonly JsonWriterOptions LineOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly byte[] NewLine = "\n"u8.ToArray();

    public int AnalyzeSingle(string path, string? format, Stream output, bool indented)
    {
        try
        {
            var docs = AnalyzeFile(path, format, out var feed);
            if (feed)
            {
                // A feed is one document per item: JSON Lines, as for several files.
                foreach (var doc in docs)
                {
                    output.Write(Encoding.UTF8.GetBytes(DocumentJson.Serialize(doc)));
                    output.Write(NewLine);
                }

                return ExitCodes.Ok;
            }

            DocumentJson.Write(output, docs[0], indented);
            output.Write(NewLine);
            return ExitCodes.Ok;
        }
        catch (Exception ex) when (IsInputError(ex))
        {
            Console.Error.WriteLine($"marsad: {DisplayName(path)}: {Reason(ex)}");
            return ExitCodes.BadInput;
        }
    }

    public int AnalyzeMany(IReadOnlyList<string> paths, string? format, Stream output, CancellationToken ct)
    {
        var failed = 0;
        // Extraction and analysis in parallel, output in input order.
        var results = new string?[paths.Count];
        var errors = new string?[paths.Count];
        Parallel.For(0, paths.Count, new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            try
            {
                results[i] = string.Join('\n', AnalyzeFile(paths[i], format, out _).Select(d => DocumentJson.Serialize(d)));
            }
            catch (Exception ex) when (IsInputError(ex))
            {
                errors[i] = Reason(ex);
            }
        });
        for (var i = 0; i < paths.Count; i++)
        {
            string line;
            if (errors[i] is { } error)
            {
                failed++;
                Console.Error.WriteLine($"marsad: {DisplayName(paths[i])}: {error}");
                line = DocumentJson.SerializeError(null, paths[i], error);
            }
            else
            {
                line = results[i]!;
            }

            output.Write(Encoding.UTF8.GetBytes(line));
            output.Write(NewLine);
        }

        return failed == 0 ? ExitCodes.Ok : ExitCodes.BadInput;
    }

    public async Task<int> AnalyzeJsonLinesAsync(string path, string? format, Stream output, CancellationToken ct)
    {
        TextReader reader;
        try
        {
            reader = path == "-" ? new StreamReader(Console.OpenStandardInput(), Encoding.UTF8) : new StreamReader(path, Encoding.UTF8);
        }
        catch (Exception ex) when (IsInputError(ex))
        {
            await Console.Error.WriteLineAsync($"marsad: {DisplayName(path)}: {Reason(ex)}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        using (reader)
        {
            var failed = 0;
            var lineNo = 0;
            const int batchSize = 256;
            var batch = new List<(int LineNo, string Line)>(batchSize);
            var outputs = new string[batchSize];

            void Flush()
            {
                Parallel.For(0, batch.Count, new ParallelOptions { CancellationToken = ct }, i =>
                {
                    outputs[i] = AnalyzeJsonLine(path, batch[i].LineNo, batch[i].Line, format, out var err);
                    if (err)
                    {
                        Interlocked.Increment(ref failed);
                    }
                });
                for (var i = 0; i < batch.Count; i++)
                {
                    output.Write(Encoding.UTF8.GetBytes(outputs[i]));
                    output.Write(NewLine);
                }

                batch.Clear();
            }

            while (await reader.ReadLineAsync(ct).ConfigureAwait(false) is { } line)
            {
                lineNo++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                batch.Add((lineNo, line));
                if (batch.Count == batchSize)
                {
                    Flush();
                }
            }

            Flush();
            return failed == 0 ? ExitCodes.Ok : ExitCodes.BadInput;
        }
    }

    private string AnalyzeJsonLine(string path, int lineNo, string line, string? format, out bool error)
    {
        error = false;
        string? id = null;
        var where = $"{DisplayName(path)}:{lineNo}";
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new MarsadInputException("line is not a JSON object");
            }

            id = root.TryGetProperty("id", out var idEl) ? idEl.ValueKind switch
            {
                JsonValueKind.String => idEl.GetString(),
                JsonValueKind.Number => idEl.GetRawText(),
                _ => null,
            } : null;
            string content;
            string fmt;
            if (root.TryGetProperty("html", out var html) && html.ValueKind == JsonValueKind.String)
            {
                content = html.GetString()!;
                fmt = format ?? "html";
            }
            else if (root.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String)
            {
                content = text.GetString()!;
                fmt = format ?? "text";
            }
            else
            {
                throw new MarsadInputException("line has neither \"text\" nor \"html\"");
            }

            var uri = root.TryGetProperty("url", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null;
            var article = ArticleExtractor.FromText(content, fmt, "utf-8", new ExtractionOptions { Format = fmt, Uri = uri ?? where });
            var doc = Document.FromArticle(article, id ?? Document.HashId(Encoding.UTF8.GetBytes(content)));
            pipeline.Run(doc);
            return DocumentJson.Serialize(doc);
        }
        catch (Exception ex) when (IsInputError(ex))
        {
            error = true;
            var reason = Reason(ex);
            Console.Error.WriteLine($"marsad: {where}: {reason}");
            return DocumentJson.SerializeError(id, where, reason);
        }
    }

    /// <summary>The document of a file, or one per item when the file is an RSS/Atom feed (<paramref name="feed"/>).</summary>
    private IReadOnlyList<Document> AnalyzeFile(string path, string? format, out bool feed)
    {
        byte[] bytes;
        if (path == "-")
        {
            using var stdin = Console.OpenStandardInput();
            using var ms = new MemoryStream();
            stdin.CopyTo(ms);
            bytes = ms.ToArray();
        }
        else
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new MarsadInputException(Directory.Exists(path) ? "is a directory (use 'marsad ingest' for folders)" : "no such file");
            }

            var max = new ExtractionOptions().MaxBytes;
            if (info.Length > max)
            {
                throw new MarsadInputException($"file is {info.Length / (1024 * 1024)} MB, over the {max / (1024 * 1024)} MB limit");
            }

            bytes = File.ReadAllBytes(path);
        }

        feed = format is null && FeedFile.Looks(bytes);
        if (feed)
        {
            var items = FeedFile.Articles(bytes, DisplayName(path));
            if (items.Count == 0)
            {
                throw new MarsadInputException("the feed has no items");
            }

            return items.Select(a => pipeline.Run(Document.FromArticle(a, Document.HashId(Encoding.UTF8.GetBytes(a.Url ?? a.Source.Uri ?? string.Empty))))).ToList();
        }

        var article = ArticleExtractor.Extract(bytes, new ExtractionOptions { Format = format, Uri = path == "-" ? null : path });
        var doc = Document.FromArticle(article, null, bytes);
        pipeline.Run(doc);
        if (ShowActors)
        {
            // One write per document: several files are analyzed in parallel.
            using var listing = new StringWriter();
            Marsad.Analysis.Events.ActorListing.Write(doc, listing);
            Console.Error.Write(listing.ToString());
        }

        return [doc];
    }

    private static string DisplayName(string path) => path == "-" ? "<stdin>" : path;

    /// <summary>Anything one input can cause is reported for that input; cancellation and exhaustion are not.</summary>
    internal static bool IsInputError(Exception ex) => ex is not (OperationCanceledException or OutOfMemoryException);

    internal static string Reason(Exception ex) => ex switch
    {
        MarsadInputException => ex.Message,
        FileNotFoundException => "no such file",
        DirectoryNotFoundException => "no such file or directory",
        UnauthorizedAccessException => "permission denied",
        JsonException j => $"invalid JSON: {j.Message}",
        _ => $"{ex.GetType().Name}: {ex.Message}",
    };
}
