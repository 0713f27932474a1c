using System.Diagnostics;
using System.Text;

namespace Marsad.Reliability.Tests;

/// <summary>The real CLI on a hostile page: it ends with the budget named rather than hanging.</summary>
public class CliLimitsTests
{
    [Fact]
    public void Ingest_of_a_never_ending_sentence_records_the_time_budget_as_the_failure_reason()
    {
        var dir = Path.Combine(Path.GetTempPath(), "marsad-rel-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            File.WriteAllBytes(Path.Combine(dir, "quotes.html"), Hostile.UnclosedQuotes());
            File.WriteAllText(Path.Combine(dir, "ok.txt"), "عنوان الخبر\nقال الوزير إن الاجتماع كان مثمرا وبناء، وأكد أن المحادثات ستستمر.\n");
            var store = Path.Combine(dir, "m.db");
            var clock = Stopwatch.StartNew();

            // A 2 s budget: the page must overrun it however fast the machine (it runs for minutes unbounded).
            var ingest = Run(new Dictionary<string, string> { ["MARSAD_TIME_BUDGET"] = "2" }, "ingest", dir, "--store", store, "--quiet");
            var failures = Run("stats", "--store", store, "--failures");

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(150), $"took {clock.Elapsed.TotalSeconds:F0} s");
            Assert.Contains("over the 2 s time budget", failures.Stdout + failures.Stderr, StringComparison.Ordinal);
            Assert.True(ingest.ExitCode is 0 or 1, ingest.Stderr);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Ingest_of_every_pathological_page_stores_it_or_records_a_reason()
    {
        var dir = Path.Combine(Path.GetTempPath(), "marsad-rel-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var keys = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var name in Hostile.All().Select(a => (string)a[0]))
            {
                var bytes = Hostile.ByName(name);
                File.WriteAllBytes(Path.Combine(dir, name + (name == nameof(Hostile.LongTextLine) ? ".txt" : ".html")), bytes);
                keys[name] = Marsad.Ingest.Sources.SourceItem.KeyOf("file", bytes);
            }

            var store = Path.Combine(dir, "m.db");
            var ingest = Run("ingest", dir, "--store", store, "--quiet");

            Assert.True(ingest.ExitCode is 0 or 1, ingest.Stderr);
            using var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={store};Pooling=False");
            c.Open();
            foreach (var (name, key) in keys)
            {
                using var cmd = c.CreateCommand();
                cmd.CommandText = "SELECT (SELECT article_id FROM inputs WHERE unit_key = @k), (SELECT reason FROM failures WHERE unit_key = @k)";
                cmd.Parameters.AddWithValue("@k", key);
                using var r = cmd.ExecuteReader();
                Assert.True(r.Read());
                var stored = !r.IsDBNull(0);
                var reason = r.IsDBNull(1) ? null : r.GetString(1);
                Assert.True(stored || !string.IsNullOrWhiteSpace(reason), $"{name}: neither stored nor a failure reason recorded");
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    internal sealed record Result(int ExitCode, string Stdout, string Stderr);

    internal static Result Run(params string[] args) => Run(new Dictionary<string, string>(), args);

    internal static Result Run(Dictionary<string, string> environment, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment)
        {
            psi.Environment[name] = value;
        }

        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "marsad.dll"));
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        // A hang guard, not a speed check: every pathological page together takes ~110 s on a quiet machine (three
        // run to the 30 s budget), so 300 s was within reach of a loaded one.
        if (!p.WaitForExit(900_000))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException("marsad did not finish in 900 s");
        }

        return new Result(p.ExitCode, stdout.Result, stderr.Result);
    }
}
