using System.CommandLine;
using Marsad.Analysis;
using Marsad.Ingest;
using Marsad.Ingest.Sources;
using Marsad.Storage;
using Spectre.Console;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad ingest PATH...</c>: files, folders and archives into the store.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "files or folders: HTML, text, JSON/JSON Lines (zipped or gzipped), TREC, WARC(.gz)", Arity = ArgumentArity.OneOrMore };
        var store = StoreOption.Create();
        var fields = new Option<string[]>("--field") { Description = "JSON field mapping PART=FIELD (parts: id, text, html, title, url, published, source, author)", AllowMultipleArgumentsPerToken = false };
        var workers = new Option<int>("--workers") { Description = "analysis workers (default: every core)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var batch = new Option<int>("--batch") { Description = "articles per write transaction", DefaultValueFactory = _ => 256 };
        var quiet = new Option<bool>("--quiet") { Description = "no progress output" };
        var command = new Command("ingest", "Read, analyze and store articles; re-running adds nothing already stored");
        command.Arguments.Add(paths);
        command.Options.Add(store);
        command.Options.Add(fields);
        command.Options.Add(workers);
        command.Options.Add(batch);
        command.Options.Add(quiet);
        command.SetAction(async (parse, ct) =>
        {
            var map = new FieldMap();
            foreach (var f in parse.GetValue(fields) ?? [])
            {
                if (map.Override(f) is { } error)
                {
                    await Console.Error.WriteLineAsync($"marsad ingest: --field {error}").ConfigureAwait(false);
                    return ExitCodes.Usage;
                }
            }

            using var s = StoreOption.Open(parse.GetValue(store));
            if (s is null)
            {
                return ExitCodes.BadInput;
            }

            var reader = new InputReader(map);
            var ingestor = new Ingestor(s, MarsadPipeline.CreateDefault(), new IngestOptions
            {
                Workers = Math.Max(1, parse.GetValue(workers)),
                BatchSize = Math.Clamp(parse.GetValue(batch), 1, 10_000),
            });
            var run = ingestor.RunAsync(reader.ReadAsync(parse.GetValue(paths)!, ct), ct);
            IngestProgress result;
            try
            {
                await ShowProgressAsync(run, () => ingestor.Progress, parse.GetValue(quiet), "ingest").ConfigureAwait(false);
                result = await run.ConfigureAwait(false);
            }
            catch (System.Data.Common.DbException ex)
            {
                // Disk full, read-only file or server gone: one line naming the store; what was committed stays.
                await Console.Error.WriteLineAsync($"marsad ingest: cannot write to the store {StoreFactory.Describe(s)}: {ex.Message}").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }

            PrintSummary(result, reader.Skipped, ingestor.RecentFailures, StoreFactory.Describe(s));
            var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
            Console.WriteLine($"  writer busy {ingestor.WriterBusy.TotalSeconds:F1} s of {result.Elapsed.TotalSeconds:F1} s; process CPU {cpu:F1} s ({(result.Ingested + result.Replaced) / Math.Max(0.001, cpu):N0} articles per CPU-second); pipeline '{MarsadPipeline.CreateDefault().VersionKey}'");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>A live progress bar on a terminal; a plain line every few seconds otherwise (logs, pipes).</summary>
    internal static async Task ShowProgressAsync(Task run, Func<IngestProgress> progress, bool quiet, string verb)
    {
        if (quiet)
        {
            return;
        }

        static string Line(IngestProgress p) =>
            $"read {p.Read:N0} · stored {p.Ingested + p.Replaced:N0} · duplicates {p.Duplicates:N0} · already done {p.Skipped:N0} · failed {p.Failed:N0} · {p.PerSecond:N0}/s";

        if (!Console.IsErrorRedirected && AnsiConsole.Profile.Capabilities.Interactive)
        {
            await AnsiConsole.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
                .StartAsync(async ctx =>
                {
                    var task = ctx.AddTask(verb);
                    task.IsIndeterminate = true;
                    while (!run.IsCompleted)
                    {
                        task.Description = Markup.Escape(Line(progress()));
                        await Task.WhenAny(run, Task.Delay(250)).ConfigureAwait(false);
                    }

                    task.StopTask();
                }).ConfigureAwait(false);
            return;
        }

        while (!run.IsCompleted)
        {
            await Task.WhenAny(run, Task.Delay(5000)).ConfigureAwait(false);
            if (!run.IsCompleted)
            {
                await Console.Error.WriteLineAsync($"marsad {verb}: {Line(progress())}").ConfigureAwait(false);
            }
        }
    }

    internal static void PrintSummary(IngestProgress p, int notArticles, List<IngestFailure> failures, string where)
    {
        Console.WriteLine($"ingested {p.Ingested:N0}, replaced {p.Replaced:N0}, duplicates {p.Duplicates:N0}, already done {p.Skipped:N0}, failed {p.Failed:N0}"
            + (notArticles > 0 ? $", not articles {notArticles:N0}" : string.Empty)
            + $" in {p.Elapsed.TotalSeconds:F1} s ({p.PerSecond:N0} articles/s) → {where}");
        if (failures.Count > 0)
        {
            foreach (var group in failures.GroupBy(f => f.Reason).OrderByDescending(g => g.Count()).Take(5))
            {
                Console.WriteLine($"  failed: {group.Count()} × {group.Key} (e.g. {group.First().Input})");
            }

            Console.WriteLine("  all failures: marsad stats --failures");
        }
    }
}
