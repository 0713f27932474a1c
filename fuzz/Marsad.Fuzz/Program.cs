using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Marsad.Fuzz;

// Marsad.Fuzz afl TARGET                    - SharpFuzz out-of-process loop for afl-fuzz (instrument first: fuzz/run.sh)
// Marsad.Fuzz run TARGET FILE...            - replays inputs (crash reproduction, regression seeds)
// Marsad.Fuzz mutate TARGET SEEDS OUT SECS  - in-process mutation fuzzer without instrumentation (fallback, quick runs)
if (args.Length < 2 || !Targets.All.TryGetValue(args[1], out var target))
{
    Console.Error.WriteLine($"usage: Marsad.Fuzz afl|run|mutate TARGET ...  targets: {string.Join(", ", Targets.All.Keys)}");
    return 2;
}

switch (args[0])
{
    case "afl":
        SharpFuzz.Fuzzer.OutOfProcess.Run(stream =>
        {
            using var ms = new MemoryStream();
            stream.CopyTo(ms);
            target(ms.ToArray());
        });
        return 0;
    case "run":
        foreach (var file in args.Skip(2))
        {
            var sw = Stopwatch.StartNew();
            target(File.ReadAllBytes(file));
            Console.WriteLine($"{file}: ok in {sw.ElapsedMilliseconds} ms");
        }

        return 0;
    case "mutate" when args.Length >= 5:
        return MutationLoop.Run(args[1], target, args[2], args[3], TimeSpan.FromSeconds(double.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture)));
    default:
        Console.Error.WriteLine("unknown mode");
        return 2;
}

/// <summary>
/// A blind mutation fuzzer: flips, inserts, deletes, duplicates (to grow nesting) and splices seed inputs and adds
/// tokens that parsers care about. Saves every input that throws or runs longer than the hang limit.
/// </summary>
internal static class MutationLoop
{
    private static readonly string[] Tokens =
    [
        "<", ">", "</", "<div>", "</div>", "<p>", "<script>", "<!--", "-->", "<![CDATA[", "]]>", "&amp;", "&#", "&#x", ";", "\"", "'", "«", "»", "“", "”",
        "<?xml version=\"1.0\" encoding=\"windows-1256\"?>", "<meta charset=\"", "utf-16", "windows-1256", "\uFEFF", "\u200F",
        "<rss><channel><item>", "</item>", "<entry>", "<feed xmlns=\"http://www.w3.org/2005/Atom\">", "<urlset>", "<pubDate>", "<![CDATA[",
        "WARC/1.0\r\n", "Content-Length: ", "WARC-Type: response\r\n", "\r\n\r\n", "HTTP/1.1 200 OK\r\n",
        "{\"text\":\"", "\"}", "[", "]", "{", "}", ",", ":", "\\u", "\\", "null", "1e999",
        "<DOC>", "</DOC>", "<TEXT>", "<DOCNO>", "AND", "OR", "NOT", "-", "(", ")", "*", "\"", "NEAR", "^",
        "٢٠٢٤", "١٢", "رمضان", "يناير", "كانون الثاني", "أمس", "منذ ٣ ساعات", "الأحد", "هـ", "م", "/", "-", ":", "12:30", "2024-05-01T10:00:00Z",
        "Mon, 01 May 2024 10:00:00 +0300", "قال", "إن", "الرئيس", "السعودية",
    ];

    public static int Run(string name, Action<byte[]> target, string seedDir, string outDir, TimeSpan duration)
    {
        var seeds = Directory.Exists(seedDir) ? Directory.GetFiles(seedDir).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).Where(b => b.Length > 0).ToList() : [];
        if (seeds.Count == 0)
        {
            seeds.Add("سلام"u8.ToArray());
        }

        var findings = Path.Combine(outDir, name);
        Directory.CreateDirectory(findings);
        var rng = new Random(Environment.GetEnvironmentVariable("FUZZ_SEED") is { } s ? int.Parse(s, System.Globalization.CultureInfo.InvariantCulture) : Environment.TickCount);
        var hangLimit = TimeSpan.FromSeconds(10);
        var signatures = new HashSet<string>(StringComparer.Ordinal);
        long executions = 0, slowest = 0;
        var clock = Stopwatch.StartNew();
        foreach (var seed in seeds)
        {
            Execute(seed);
        }

        while (clock.Elapsed < duration)
        {
            Execute(Mutate(seeds, rng));
        }

        Console.WriteLine($"fuzz {name}: {executions} executions in {clock.Elapsed.TotalSeconds:F0} s ({executions / clock.Elapsed.TotalSeconds:F0}/s), {seeds.Count} seeds, slowest {slowest} ms, distinct findings {signatures.Count}");
        return signatures.Count == 0 ? 0 : 1;

        void Execute(byte[] input)
        {
            executions++;
            var sw = Stopwatch.StartNew();
            Exception? error = null;
            var task = Task.Run(() =>
            {
                try
                {
                    target(input);
                }
                catch (Exception ex)
                {
                    error = ex;
                }
            });
            if (!task.Wait(hangLimit))
            {
                Save("hang", input, $"no answer after {hangLimit.TotalSeconds} s");
                Console.WriteLine($"fuzz {name}: HANG after {executions} executions; input saved in {findings}");
                Environment.Exit(1);
            }

            slowest = Math.Max(slowest, sw.ElapsedMilliseconds);
            if (sw.Elapsed > TimeSpan.FromSeconds(2))
            {
                Save("slow", input, $"{sw.ElapsedMilliseconds} ms");
            }

            if (error is not null)
            {
                var top = error.StackTrace?.Split('\n').FirstOrDefault(l => l.Contains("Marsad", StringComparison.Ordinal))?.Trim() ?? string.Empty;
                var signature = error.GetType().Name + " " + top;
                if (signatures.Add(signature))
                {
                    Save("crash", input, error.ToString());
                    Console.WriteLine($"fuzz {name}: {signature}");
                }
            }
        }

        void Save(string kind, byte[] input, string why)
        {
            var id = Convert.ToHexString(SHA256.HashData(input))[..12].ToLowerInvariant();
            File.WriteAllBytes(Path.Combine(findings, $"{kind}-{id}"), input);
            File.WriteAllText(Path.Combine(findings, $"{kind}-{id}.txt"), why);
        }
    }

    private static byte[] Mutate(List<byte[]> seeds, Random rng)
    {
        var data = new List<byte>(seeds[rng.Next(seeds.Count)]);
        var rounds = 1 + rng.Next(6);
        for (var r = 0; r < rounds; r++)
        {
            var at = data.Count == 0 ? 0 : rng.Next(data.Count);
            switch (rng.Next(8))
            {
                case 0 when data.Count > 0:
                    data[at] ^= (byte)(1 << rng.Next(8));
                    break;
                case 1 when data.Count > 0:
                    data[at] = (byte)rng.Next(256);
                    break;
                case 2:
                    data.InsertRange(at, Encoding.UTF8.GetBytes(Tokens[rng.Next(Tokens.Length)]));
                    break;
                case 3 when data.Count > 1:
                    var len = rng.Next(1, Math.Min(64, data.Count - at) + 1);
                    data.RemoveRange(at, Math.Min(len, data.Count - at));
                    break;
                case 4 when data.Count > 1:
                    // repeat a slice many times: deep nesting, long words, endless entities
                    var n = rng.Next(1, Math.Min(32, data.Count - at) + 1);
                    var slice = data.GetRange(at, n);
                    var times = rng.Next(2, 2000);
                    for (var i = 0; i < times && data.Count < 1 << 20; i++)
                    {
                        data.InsertRange(at, slice);
                    }

                    break;
                case 5:
                    var other = seeds[rng.Next(seeds.Count)];
                    var from = rng.Next(other.Length);
                    data.InsertRange(at, other.AsSpan(from, Math.Min(other.Length - from, rng.Next(1, 512))).ToArray());
                    break;
                case 6 when data.Count > 4:
                    data.RemoveRange(at, data.Count - at);
                    break;
                default:
                    var token = Encoding.UTF8.GetBytes(Tokens[rng.Next(Tokens.Length)]);
                    var reps = rng.Next(1, 300);
                    for (var i = 0; i < reps; i++)
                    {
                        data.InsertRange(at, token);
                    }

                    break;
            }
        }

        return [.. data];
    }
}
