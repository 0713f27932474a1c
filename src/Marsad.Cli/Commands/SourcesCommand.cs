using System.CommandLine;
using System.Globalization;
using Marsad.Core;
using Marsad.Ingest.Watch;
using Marsad.Storage;
using Marsad.Storage.Watching;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad sources add|list|remove|status</c>: edit sources.yaml and show how each source is doing.</summary>
internal static class SourcesCommand
{
    public static Command Create()
    {
        var command = new Command("sources", "List, add and remove the news sources 'marsad watch' follows; show their status");
        command.Subcommands.Add(Add());
        command.Subcommands.Add(List());
        command.Subcommands.Add(Remove());
        command.Subcommands.Add(Status());
        return command;
    }

    private static Option<string> SourcesOption() => new("--sources") { Description = "the sources file", DefaultValueFactory = _ => "sources.yaml" };

    private static Command Add()
    {
        var name = new Argument<string>("name") { Description = "a short unique name for the source" };
        var feeds = new Option<string[]>("--feed") { Description = "an RSS, Atom or RDF feed URL (repeatable)", AllowMultipleArgumentsPerToken = true };
        var sitemaps = new Option<string[]>("--sitemap") { Description = "a news sitemap or sitemap index URL (repeatable)", AllowMultipleArgumentsPerToken = true };
        var interval = new Option<string>("--interval") { Description = "how often to poll: 90s, 5m, 1h", DefaultValueFactory = _ => "5m" };
        var language = new Option<string?>("--language") { Description = "the articles' language when pages do not say, e.g. ar" };
        var timezone = new Option<string?>("--timezone") { Description = "IANA time zone for feed dates without an offset, e.g. Asia/Riyadh" };
        var file = SourcesOption();
        var command = new Command("add", "Add a source");
        command.Arguments.Add(name);
        foreach (var o in new Option[] { feeds, sitemaps, interval, language, timezone, file })
        {
            command.Options.Add(o);
        }

        command.SetAction(parse => Guarded("add", () =>
        {
            var path = parse.GetValue(file)!;
            var list = SourceList.Load(path).ToList();
            var n = parse.GetValue(name)!.Trim();
            if (list.Any(s => s.Name.Equals(n, StringComparison.OrdinalIgnoreCase)))
            {
                throw new MarsadInputException($"source '{n}' is already in {path} (remove it first)");
            }

            var feedUrls = parse.GetValue(feeds) ?? [];
            var sitemapUrls = parse.GetValue(sitemaps) ?? [];
            if (feedUrls.Length + sitemapUrls.Length == 0)
            {
                throw new MarsadInputException("give at least one --feed or --sitemap URL");
            }

            var every = SourceList.ParseInterval(parse.GetValue(interval)!)
                ?? throw new MarsadInputException($"bad interval '{parse.GetValue(interval)}' (use e.g. 90s, 5m, 1h; at least 10s)");
            list.Add(new NewsSource
            {
                Name = n,
                Feeds = feedUrls,
                Sitemaps = sitemapUrls,
                PollInterval = every,
                Language = parse.GetValue(language),
                TimeZone = parse.GetValue(timezone),
            });
            SourceList.Save(path, list);
            SourceList.Load(path); // validates what was written (URLs, time zone) and fails loudly if not
            Console.WriteLine($"added '{n}' to {path}");
        }));
        return command;
    }

    private static Command List()
    {
        var file = SourcesOption();
        var command = new Command("list", "List the sources");
        command.Options.Add(file);
        command.SetAction(parse => Guarded("list", () =>
        {
            foreach (var s in SourceList.Load(parse.GetValue(file)!))
            {
                Console.WriteLine($"{s.Name}\tevery {SourceList.FormatInterval(s.PollInterval)}\t{s.Language ?? "-"}\t{s.TimeZone ?? "-"}");
                foreach (var f in s.Feeds)
                {
                    Console.WriteLine($"  feed     {f}");
                }

                foreach (var m in s.Sitemaps)
                {
                    Console.WriteLine($"  sitemap  {m}");
                }
            }
        }));
        return command;
    }

    private static Command Remove()
    {
        var name = new Argument<string>("name") { Description = "the source to remove" };
        var file = SourcesOption();
        var command = new Command("remove", "Remove a source (its stored articles stay)");
        command.Arguments.Add(name);
        command.Options.Add(file);
        command.SetAction(parse => Guarded("remove", () =>
        {
            var path = parse.GetValue(file)!;
            var n = parse.GetValue(name)!;
            var list = SourceList.Load(path).ToList();
            if (list.RemoveAll(s => s.Name.Equals(n, StringComparison.OrdinalIgnoreCase)) == 0)
            {
                throw new MarsadInputException($"no source '{n}' in {path}");
            }

            SourceList.Save(path, list);
            Console.WriteLine($"removed '{n}' from {path}");
        }));
        return command;
    }

    private static Command Status()
    {
        var file = SourcesOption();
        var store = StoreOption.Create();
        var command = new Command("status", "Per source: last success, last error, articles stored (last 24 h, per day)");
        command.Options.Add(file);
        command.Options.Add(store);
        command.SetAction(parse => Guarded("status", () =>
        {
            var now = DateTimeOffset.UtcNow;
            var configured = SourceList.Load(parse.GetValue(file)!);
            var spec = StoreFactory.Resolve(parse.GetValue(store));
            IReadOnlyList<SourceStatus> statuses = [];
            // A SQLite store that does not exist yet is not created just to say nothing was polled.
            if (StoreFactory.IsPostgres(spec) || File.Exists(spec))
            {
                using var opened = StoreOption.Open(spec) ?? throw new MarsadInputException("cannot open the store");
                statuses = StoreWatching.Ledger(opened).SourceStatuses(now);
            }

            var byName = statuses.ToDictionary(s => s.Source, StringComparer.Ordinal);
            foreach (var name in configured.Select(s => s.Name).Concat(statuses.Select(s => s.Source)).Distinct(StringComparer.Ordinal))
            {
                var listed = configured.Any(s => s.Name == name);
                if (!byName.TryGetValue(name, out var s))
                {
                    Console.WriteLine($"{name}: never polled");
                    continue;
                }

                Console.WriteLine($"{name}{(listed ? string.Empty : " (no longer in the sources file)")}: {s.ItemsStored} articles, {s.ItemsLast24Hours} in the last 24 h");
                Console.WriteLine($"  last success  {Ago(s.LastSuccess, now)}");
                if (s.LastErrorAt is not null && (s.LastSuccess is null || s.LastErrorAt >= s.LastSuccess))
                {
                    Console.WriteLine($"  last error    {Ago(s.LastErrorAt, now)}: {s.LastError}");
                }
                else if (s.LastErrorAt is not null)
                {
                    Console.WriteLine($"  earlier error {Ago(s.LastErrorAt, now)}: {s.LastError}");
                }

                if (s.ItemsPerDay.Count > 0)
                {
                    Console.WriteLine("  per day       " + string.Join(", ", s.ItemsPerDay.Take(7).Select(d => $"{d.Day:yyyy-MM-dd} {d.Items}")));
                }
            }
        }));
        return command;
    }

    private static string Ago(DateTimeOffset? t, DateTimeOffset now)
    {
        if (t is not { } at)
        {
            return "never";
        }

        var ago = now - at;
        var text = ago.TotalMinutes < 1 ? "just now" : ago.TotalHours < 1 ? $"{(int)ago.TotalMinutes} min ago" : ago.TotalDays < 1 ? $"{(int)ago.TotalHours} h ago" : $"{(int)ago.TotalDays} d ago";
        return $"{at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC ({text})";
    }

    private static int Guarded(string verb, Action action)
    {
        try
        {
            action();
            return ExitCodes.Ok;
        }
        catch (MarsadInputException ex)
        {
            Console.Error.WriteLine($"marsad sources {verb}: {ex.Message}");
            return ExitCodes.BadInput;
        }
        catch (IOException ex)
        {
            Console.Error.WriteLine($"marsad sources {verb}: {ex.Message}");
            return ExitCodes.BadInput;
        }
    }
}
