using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Marsad.Analysis;
using Marsad.Core;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad bench pipeline</c>: articles per second of the analysis pipeline (clean text → sentences, tokens,
/// entities, quotes, events) on SaudiNewsNet bodies, on one thread; the median of several passes. <c>--without</c>
/// drops named steps (e.g. <c>--without entities</c>) to show what the tagger costs. Also reports articles per
/// CPU-second of the benchmark thread (the figure that holds on a shared machine), and <c>--outputs</c> writes every
/// document's JSON so a speed-up can be checked to change nothing (<c>cmp</c> against the file from before).
/// </summary>
internal static class BenchPipelineCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "the shared data folder", DefaultValueFactory = _ => "../shared/data" };
        var count = new Option<int>("--articles") { Description = "how many articles (non-empty bodies, in corpus order)", DefaultValueFactory = _ => 3000 };
        var runs = new Option<int>("--runs") { Description = "timed passes (after one warm-up pass)", DefaultValueFactory = _ => 5 };
        var without = new Option<string[]>("--without") { Description = "pipeline steps to leave out, e.g. entities", AllowMultipleArgumentsPerToken = true };
        var outputs = new Option<string?>("--outputs") { Description = "write each article's document JSON from the warm-up pass to this file, one per line (to check that a speed-up keeps the output identical)" };
        var steps = new Option<bool>("--steps") { Description = "also report each step's share of the time and the bytes it allocates per article" };
        var command = new Command("pipeline", "Single-core throughput of the analysis pipeline on SaudiNewsNet bodies");
        command.Options.Add(data);
        command.Options.Add(count);
        command.Options.Add(runs);
        command.Options.Add(without);
        command.Options.Add(outputs);
        command.Options.Add(steps);
        command.SetAction((parse, ct) =>
        {
            var skip = (parse.GetValue(without) ?? []).ToHashSet(StringComparer.Ordinal);
            var full = MarsadPipeline.CreateDefault();
            var builder = new PipelineBuilder();
            foreach (var p in full.Processors.Where(p => !skip.Contains(p.Name)))
            {
                builder.Use(p);
            }

            var pipeline = builder.Build();
            var texts = SaudiNewsNet.Read(parse.GetValue(data)!).Where(a => a.Content.Length > 0).Take(parse.GetValue(count)).Select(a => a.Content).ToList();
            var chars = texts.Sum(t => (long)t.Length);
            var rates = new List<double>();
            var cpuRates = new List<double>();
            using var outputWriter = parse.GetValue(outputs) is { } outputPath ? new StreamWriter(outputPath) : null;
            var perStep = parse.GetValue(steps);
            var stepTicks = new long[pipeline.Processors.Length];
            var stepBytes = new long[pipeline.Processors.Length];
            for (var run = 0; run <= parse.GetValue(runs); run++)
            {
                var cpuStart = ThreadCpu.Milliseconds();
                var sw = Stopwatch.StartNew();
                for (var i = 0; i < texts.Count; i++)
                {
                    var document = perStep && run > 0
                        ? RunTimed(pipeline, new Document(i.ToString(CultureInfo.InvariantCulture), texts[i]), stepTicks, stepBytes, ct)
                        : pipeline.Run(new Document(i.ToString(CultureInfo.InvariantCulture), texts[i]), ct);
                    if (run == 0 && outputWriter is not null)
                    {
                        sw.Stop();
                        outputWriter.WriteLine(DocumentJson.Serialize(document));
                        sw.Start();
                    }
                }

                sw.Stop();
                var cpuSeconds = (ThreadCpu.Milliseconds() - cpuStart) / 1000.0;
                if (run > 0)
                {
                    rates.Add(texts.Count / sw.Elapsed.TotalSeconds);
                    cpuRates.Add(texts.Count / Math.Max(cpuSeconds, 1e-9));
                }
            }

            if (rates.Count == 0)
            {
                return Task.FromResult(ExitCodes.Ok);
            }

            rates.Sort();
            cpuRates.Sort();
            var median = rates[rates.Count / 2];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"pipeline [{pipeline.VersionKey}]: {texts.Count} articles ({chars / texts.Count} chars mean), median {median:0} articles/s on one thread (runs: {string.Join(", ", rates.Select(r => r.ToString("0", CultureInfo.InvariantCulture)))}); median {cpuRates[cpuRates.Count / 2]:0} articles per thread CPU-second"));
            if (perStep)
            {
                var articles = (double)texts.Count * rates.Count;
                var totalTicks = Math.Max(1, stepTicks.Sum());
                for (var k = 0; k < pipeline.Processors.Length; k++)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  {pipeline.Processors[k].Name,-10} {100.0 * stepTicks[k] / totalTicks,5:0.0}% of the time, {stepTicks[k] * 1e6 / Stopwatch.Frequency / articles,8:0} µs and {stepBytes[k] / articles / 1024,7:0} KB allocated per article"));
                }
            }

            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }

    /// <summary>Runs the steps one by one (as <see cref="Pipeline.Run"/> does without a budget), adding each one's time
    /// and allocated bytes.</summary>
    private static Document RunTimed(Pipeline pipeline, Document document, long[] ticks, long[] bytes, CancellationToken ct)
    {
        for (var k = 0; k < pipeline.Processors.Length; k++)
        {
            var processor = pipeline.Processors[k];
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var started = Stopwatch.GetTimestamp();
            processor.Process(document, ct);
            ticks[k] += Stopwatch.GetTimestamp() - started;
            bytes[k] += GC.GetAllocatedBytesForCurrentThread() - allocated;
            document.Versions[processor.Name] = processor.Version;
        }

        return document;
    }
}
