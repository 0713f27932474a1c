using System.CommandLine;
using System.Globalization;
using System.Runtime.InteropServices;
using Marsad.Analysis;
using Marsad.Core;
using Marsad.Ingest.Watch;
using Marsad.Storage;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad watch</c>: follow the sources in sources.yaml, storing each new article once.</summary>
internal static class WatchCommand
{
    public static Command Create()
    {
        var sources = new Option<string>("--sources") { Description = "the sources file", DefaultValueFactory = _ => "sources.yaml" };
        var store = StoreOption.Create();
        var once = new Option<bool>("--once") { Description = "poll every source once, then exit (non-zero when a source had errors)" };
        var perHost = new Option<int>("--per-host") { Description = "requests in flight at once per host", DefaultValueFactory = _ => 2 };
        var delay = new Option<int>("--delay-ms") { Description = "least time between two requests to one host (robots.txt Crawl-delay can raise it)", DefaultValueFactory = _ => 500 };
        var timeout = new Option<int>("--timeout") { Description = "seconds for one request, body included", DefaultValueFactory = _ => 30 };
        var maxMb = new Option<int>("--max-mb") { Description = "largest page or feed read, in MB", DefaultValueFactory = _ => 10 };
        var parallel = new Option<int>("--parallel") { Description = "articles extracted and analyzed at once (default: one per core)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var quiet = new Option<bool>("--quiet") { Description = "only errors on standard error" };

        var command = new Command("watch", "Follow news sources (RSS/Atom/RDF feeds, news sitemaps) and store new articles until Ctrl+C");
        foreach (var o in new Option[] { sources, store, once, perHost, delay, timeout, maxMb, parallel, quiet })
        {
            command.Options.Add(o);
        }

        command.SetAction(async (parse, invocationToken) =>
        {
            // Ctrl+C or SIGTERM (a service manager stopping us) ends the loop cleanly: articles in hand are stored,
            // nothing half-written. A second signal gets the default behaviour (immediate exit).
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(invocationToken);
            void Stop(PosixSignalContext signal)
            {
                signal.Cancel = !stop.IsCancellationRequested;
                stop.Cancel();
            }

            using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
            using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
            var ct = stop.Token;
            var sourcesPath = parse.GetValue(sources)!;
            IReadOnlyList<NewsSource> list;
            try
            {
                list = SourceList.Load(sourcesPath);
            }
            catch (MarsadInputException ex)
            {
                await Console.Error.WriteLineAsync($"marsad watch: {ex.Message}").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }

            if (list.Count == 0 && parse.GetValue(once))
            {
                await Console.Error.WriteLineAsync($"marsad watch: no sources in {sourcesPath} (add one with 'marsad sources add NAME --feed URL')").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            var fetcherOptions = new FetcherOptions
            {
                PerHostConcurrency = Math.Max(1, parse.GetValue(perHost)),
                PerHostDelay = TimeSpan.FromMilliseconds(Math.Max(0, parse.GetValue(delay))),
                RequestTimeout = TimeSpan.FromSeconds(Math.Max(1, parse.GetValue(timeout))),
                MaxBodyBytes = Math.Max(1, parse.GetValue(maxMb)) * 1024L * 1024,
            };
            var isQuiet = parse.GetValue(quiet);
            void Log(string line)
            {
                if (!isQuiet || line.Contains("error:", StringComparison.Ordinal))
                {
                    Console.Error.WriteLine($"{DateTime.UtcNow.ToString("HH:mm:ss", CultureInfo.InvariantCulture)} {line}");
                }
            }

            using var fetcher = new PoliteFetcher(fetcherOptions);
            using var opened = StoreOption.Open(parse.GetValue(store));
            if (opened is null)
            {
                return ExitCodes.BadInput;
            }

            // Watched articles go to the same store as ingested ones: searchable, in the web UI, one copy each.
            var pipeline = MarsadPipeline.CreateDefault();
            var state = new StoreWatchState(opened, pipeline.VersionKey);
            var watcher = new Watcher(fetcher, state, pipeline, new WatchOptions { MaxParallelItems = Math.Max(1, parse.GetValue(parallel)) }, Log);
            try
            {
                if (parse.GetValue(once))
                {
                    var reports = await watcher.RunOnceAsync(list, ct).ConfigureAwait(false);
                    var stored = reports.Sum(r => r.Stored + r.StoredFromFeed);
                    Console.WriteLine($"{stored} new articles from {reports.Count} sources; {opened.Stats().Articles} in {StoreFactory.Describe(opened)}");
                    return reports.Any(r => r.Errors.Count > 0) ? ExitCodes.BadInput : ExitCodes.Ok;
                }

                Log($"watching {list.Count} sources from {sourcesPath}; Ctrl+C to stop");
                await watcher.RunAsync(() => SourceList.Load(sourcesPath), ct).ConfigureAwait(false);
                return ExitCodes.Ok;
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                Log("stopped");
                return ExitCodes.Ok;
            }
        });
        return command;
    }
}
