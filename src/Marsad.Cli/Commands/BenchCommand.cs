using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using Marsad.Analysis;
using Marsad.Core;
using Marsad.Ingest;
using Marsad.Ingest.Sources;
using Marsad.Storage;
using Marsad.Storage.Stories;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad bench search</c> (latency over a store of N copies of a corpus) and <c>marsad bench stories</c>
/// (story clusters against SaudiNewsNet's silver near-duplicate pairs).
/// </summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var bench = new Command("bench", "Measure Marsad on the shared data (../shared/data)");
        bench.Subcommands.Add(Search());
        bench.Subcommands.Add(Stories());
        return bench;
    }

    private static Command Search()
    {
        var store = StoreOption.Create();
        var build = new Option<string?>("--build") { Description = "first ingest this corpus (e.g. ../shared/data/saudinewsnet/dataset) --copies times, each copy with new ids and URLs" };
        var copies = new Option<int>("--copies") { Description = "copies of the corpus to ingest with --build", DefaultValueFactory = _ => 3 };
        var queries = new Option<int>("--queries") { Description = "queries sampled from stored headlines", DefaultValueFactory = _ => 200 };
        var seed = new Option<int>("--seed") { DefaultValueFactory = _ => 42 };
        var rounds = new Option<int>("--rounds") { Description = "measure every mode this many times, interleaved (the first round reads what later ones find in memory)", DefaultValueFactory = _ => 1 };
        var single = new Option<bool>("--single-words") { Description = "queries of one headline word (4+ letters), as bench/web/load.sh asks, instead of 2–3 consecutive words" };
        var command = new Command("search", "Search latency with ranking, snippets, facets and story collapsing: p50/p90/p99 over queries sampled from headlines");
        foreach (var o in new Option[] { store, build, copies, queries, seed, single, rounds })
        {
            command.Options.Add(o);
        }

        command.SetAction(async (parse, ct) =>
        {
            using var s = StoreOption.Open(parse.GetValue(store) ?? "bench-search.db");
            if (s is null)
            {
                return ExitCodes.BadInput;
            }

            if (parse.GetValue(build) is { } corpus)
            {
                var pipeline = MarsadPipeline.CreateDefault();
                for (var c = 0; c < parse.GetValue(copies); c++)
                {
                    // SaudiNewsNet's crawl day stands in for a publication day here so the day facets have work to do.
                    var map = new FieldMap();
                    map.Override("published=date_extracted");
                    var reader = new InputReader(map);
                    var ingestor = new Ingestor(s, pipeline);
                    var result = await ingestor.RunAsync(Copy(reader.ReadAsync([corpus], ct), c, ct), ct).ConfigureAwait(false);
                    Console.WriteLine($"copy {c + 1}: ingested {result.Ingested:N0} ({result.PerSecond:N0}/s), already there {result.Skipped + result.Duplicates:N0}, failed {result.Failed:N0}");
                }
            }

            var sample = SampleQueries(s, parse.GetValue(queries), parse.GetValue(seed), parse.GetValue(single));
            var stats = s.Stats();
            Console.WriteLine($"{stats.Articles:N0} articles in {stats.Stories:N0} stories ({s.Kind}); {sample.Count} queries of {(parse.GetValue(single) ? "one headline word" : "2–3 consecutive headline words")}");
            foreach (var q in sample.Take(20))
            {
                s.Search(new SearchRequest { Query = q });
            }

            var modes = new[] { ("full (ranking, snippets, facets, one per story)", true, true), ("ranking only", false, false), ("ranking + snippets", false, true) };
            foreach (var (name, facets, snippets) in Enumerable.Range(0, Math.Max(1, parse.GetValue(rounds))).SelectMany(_ => modes))
            {
                var times = new List<double>();
                var cpu = new List<double>();
                long hits = 0;
                foreach (var q in sample)
                {
                    var cpuStart = ThreadCpu.Milliseconds();
                    var sw = Stopwatch.StartNew();
                    var r = s.Search(new SearchRequest { Query = q, Limit = 10, Facets = facets, Snippets = snippets });
                    sw.Stop();
                    cpu.Add(ThreadCpu.Milliseconds() - cpuStart);
                    times.Add(sw.Elapsed.TotalMilliseconds);
                    hits += r.Total;
                }

                times.Sort();
                cpu.Sort();
                static double P(List<double> v, double p) => v[Math.Min(v.Count - 1, (int)Math.Ceiling(p * v.Count) - 1)];
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name}: wall p50 {P(times, 0.50):F2} ms  p90 {P(times, 0.90):F2}  p99 {P(times, 0.99):F2}  max {times[^1]:F2} | thread CPU p50 {P(cpu, 0.5):F2} ms  p99 {P(cpu, 0.99):F2}  mean {cpu.Average():F2} (mean matches {hits / (double)Math.Max(1, times.Count):F0})"));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Copy c of the corpus: the same articles under new URLs and unit keys, as a bigger archive would hold.</summary>
    private static async IAsyncEnumerable<SourceItem> Copy(IAsyncEnumerable<SourceItem> items, int copy, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var item in items.WithCancellation(ct).ConfigureAwait(false))
        {
            yield return copy == 0 ? item : item with
            {
                UnitKey = $"copy{copy}:{item.UnitKey}",
                Url = item.Url is null ? null : item.Url + (item.Url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "marsad_copy=" + copy.ToString(CultureInfo.InvariantCulture),
                Id = item.Id is null ? null : $"{item.Id}-copy{copy}",
                Text = item.Text is null ? null : item.Text + "\n" + copy.ToString(CultureInfo.InvariantCulture),
            };
        }
    }

    private static List<string> SampleQueries(IStore store, int count, int seed, bool singleWords)
    {
        var random = new Random(seed);
        var titles = new List<string>();
        var n = 0;
        // Reservoir sample of titles, streaming over the store.
        foreach (var d in store.Documents())
        {
            var title = System.Text.Json.JsonDocument.Parse(d.Json).RootElement.GetProperty("title").GetString();
            if (string.IsNullOrWhiteSpace(title))
            {
                continue;
            }

            n++;
            if (titles.Count < count * 2)
            {
                titles.Add(title);
            }
            else if (random.Next(n) < count * 2)
            {
                titles[random.Next(titles.Count)] = title;
            }
        }

        var queries = new List<string>();
        foreach (var t in titles)
        {
            var words = t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(w => w.Count(char.IsLetter) >= 3).ToArray();
            if (words.Length < 2)
            {
                continue;
            }

            if (singleWords)
            {
                var letters = words.Select(w => w.Trim('«', '»', '"', '\'', '.', ',', ':', '؛', '،', '(', ')', '-')).Where(w => w.Length >= 4 && w.All(char.IsLetter)).ToArray();
                if (letters.Length > 0)
                {
                    queries.Add(letters[random.Next(letters.Length)]);
                }

                if (queries.Count == count)
                {
                    break;
                }

                continue;
            }

            var len = Math.Min(words.Length, random.Next(2, 4));
            var start = random.Next(words.Length - len + 1);
            queries.Add(string.Join(' ', words.Skip(start).Take(len)));
            if (queries.Count == count)
            {
                break;
            }
        }

        return queries;
    }

    private static Command Stories()
    {
        var store = StoreOption.Create();
        var pairs = new Option<string>("--pairs") { Description = "silver pairs TSV", DefaultValueFactory = _ => "../shared/data/saudinewsnet/derived/neardup_pairs_silver.tsv" };
        var sample = new Option<string?>("--sample") { Description = "write 200 random pairs of Marsad's clusters (titles, sources, similarity) to this TSV for hand checking" };
        var command = new Command("stories", "Story clusters of a store holding SaudiNewsNet against the silver near-duplicate pairs: precision and recall over pairs");
        command.Options.Add(store);
        command.Options.Add(pairs);
        command.Options.Add(sample);
        var ans = new Option<string?>("--ans") { Description = "also report on ANS headline pairs (folder of s1,s2,stance CSV files, e.g. ../shared/data/ans/data/stance)" };
        command.Options.Add(ans);
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(ans) is { } ansDir)
            {
                await AnsAsync(ansDir, ct).ConfigureAwait(false);
            }

            using var s = StoreOption.Open(parse.GetValue(store));
            if (s is null)
            {
                return ExitCodes.BadInput;
            }

            var storyOf = new Dictionary<string, long>(StringComparer.Ordinal);
            var idOf = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var m in s.StoryMembers())
            {
                if (m.Url is not null)
                {
                    storyOf[m.Url] = m.StoryId;
                    idOf[m.Url] = m.ArticleId;
                }
            }

            // Silver clusters: union-find over the pairs, as the data's own note describes.
            var parent = new Dictionary<string, string>(StringComparer.Ordinal);
            string Find(string x)
            {
                while (parent.TryGetValue(x, out var p) && p != x)
                {
                    parent[x] = parent.GetValueOrDefault(p, p);
                    x = p;
                }

                return x;
            }

            var silver = new List<(string A, string B)>();
            foreach (var line in (await File.ReadAllLinesAsync(parse.GetValue(pairs)!, ct).ConfigureAwait(false)).Skip(1))
            {
                var f = line.Split('\t');
                if (f.Length < 5)
                {
                    continue;
                }

                silver.Add((f[1], f[4]));
                parent.TryAdd(f[1], f[1]);
                parent.TryAdd(f[4], f[4]);
                var (ra, rb) = (Find(f[1]), Find(f[4]));
                if (ra != rb)
                {
                    parent[ra] = rb;
                }
            }

            var present = silver.Where(p => storyOf.ContainsKey(p.A) && storyOf.ContainsKey(p.B)).ToList();
            var found = present.Count(p => storyOf[p.A] == storyOf[p.B]);

            // Marsad's pairs: every pair inside each story.
            var predicted = new List<(string A, string B)>();
            foreach (var story in storyOf.GroupBy(kv => kv.Value).Where(g => g.Count() > 1))
            {
                var urls = story.Select(kv => kv.Key).Order(StringComparer.Ordinal).ToList();
                for (var i = 0; i < urls.Count; i++)
                {
                    for (var j = i + 1; j < urls.Count; j++)
                    {
                        predicted.Add((urls[i], urls[j]));
                    }
                }
            }

            var inSilverCluster = predicted.Count(p => parent.ContainsKey(p.A) && parent.ContainsKey(p.B) && Find(p.A) == Find(p.B));
            Console.WriteLine($"silver pairs with both articles stored: {present.Count:N0} of {silver.Count:N0}");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"recall (silver pairs in one Marsad story): {found / (double)Math.Max(1, present.Count):F4} ({found:N0})"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"precision (Marsad same-story pairs in one silver cluster): {inSilverCluster / (double)Math.Max(1, predicted.Count):F4} ({inSilverCluster:N0} of {predicted.Count:N0})"));
            Console.WriteLine($"stories with more than one article: {storyOf.GroupBy(kv => kv.Value).Count(g => g.Count() > 1):N0}");

            if (parse.GetValue(sample) is { } samplePath)
            {
                var texts = s.Documents().ToDictionary(d => d.Id, d => DocumentJson.Parse(d.Json));
                var random = new Random(7);
                var rows = predicted.OrderBy(_ => random.Next()).Take(200).Select(p =>
                {
                    var a = texts[idOf[p.A]];
                    var b = texts[idOf[p.B]];
                    var sim = StorySignature.Of(StorySignature.Words(a.Text)) is { } sa && StorySignature.Of(StorySignature.Words(b.Text)) is { } sb ? sa.Similarity(sb) : 0;
                    var inSilver = parent.ContainsKey(p.A) && parent.ContainsKey(p.B) && Find(p.A) == Find(p.B);
                    return string.Join('\t', sim.ToString("F2", CultureInfo.InvariantCulture), inSilver ? "silver" : "-", a.Title, b.Title, p.A, p.B);
                });
                await File.WriteAllLinesAsync(samplePath, rows.Prepend("similarity\tin_silver\ttitle_a\ttitle_b\turl_a\turl_b"), ct).ConfigureAwait(false);
                Console.WriteLine($"sample of 200 Marsad pairs for hand checking → {samplePath}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>How the story signature treats headline pairs: the share of pairs per label it would put in one story.</summary>
    private static async Task AnsAsync(string dir, CancellationToken ct)
    {
        var byLabel = new Dictionary<string, (int Pairs, int Same, double SimilaritySum)>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(dir, "*.csv").Order(StringComparer.Ordinal))
        {
            foreach (var line in (await File.ReadAllLinesAsync(file, ct).ConfigureAwait(false)).Skip(1))
            {
                var f = CsvFields(line);
                if (f.Count < 3)
                {
                    continue;
                }

                var a = StorySignature.Of(StorySignature.Words(f[0]));
                var b = StorySignature.Of(StorySignature.Words(f[1]));
                var sim = a is not null && b is not null ? a.Similarity(b) : 0;
                var (pairs, same, sum) = byLabel.GetValueOrDefault(f[2]);
                byLabel[f[2]] = (pairs + 1, same + (sim >= StorySignature.SameStory ? 1 : 0), sum + sim);
            }
        }

        foreach (var (label, (pairs, same, sum)) in byLabel.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ANS {label}: {pairs:N0} headline pairs, {same / (double)Math.Max(1, pairs):P1} would share a story (mean signature similarity {sum / Math.Max(1, pairs):F3})"));
        }
    }

    private static List<string> CsvFields(string line)
    {
        var fields = new List<string>();
        var sb = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    sb.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    sb.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(sb.ToString());
                sb.Clear();
            }
            else
            {
                sb.Append(c);
            }
        }

        fields.Add(sb.ToString());
        return fields;
    }
}

/// <summary>
/// CPU time of the calling thread (Linux clock_gettime(CLOCK_THREAD_CPUTIME_ID): nanosecond resolution, where
/// getrusage counts in scheduler ticks of several milliseconds), so latency on a shared, loaded machine can be told
/// from work done.
/// </summary>
internal static class ThreadCpu
{
    private const int ClockThreadCpuTime = 3;

    public static double Milliseconds()
    {
        if (!OperatingSystem.IsLinux() || NativeMethods.clock_gettime(ClockThreadCpuTime, out var t) != 0)
        {
            return 0;
        }

        return (t.Seconds * 1000.0) + (t.Nanoseconds / 1_000_000.0);
    }

    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    internal struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    private static class NativeMethods
    {
        [System.Runtime.InteropServices.DllImport("libc", SetLastError = false)]
        [System.Runtime.InteropServices.DefaultDllImportSearchPaths(System.Runtime.InteropServices.DllImportSearchPath.SafeDirectories)]
        public static extern int clock_gettime(int clock, out TimeSpec time);
    }
}
