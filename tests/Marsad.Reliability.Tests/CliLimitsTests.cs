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

            var ingest = Run("ingest", dir, "--store", store, "--quiet");
            var failures = Run("stats", "--store", store, "--failures");

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(150), $"took {clock.Elapsed.TotalSeconds:F0} s");
            Assert.Contains("time budget", failures.Stdout + failures.Stderr, StringComparison.Ordinal);
            Assert.True(ingest.ExitCode is 0 or 1, ingest.Stderr);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    internal sealed record Result(int ExitCode, string Stdout, string Stderr);

    internal static Result Run(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "marsad.dll"));
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(300_000))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException("marsad did not finish in 300 s");
        }

        return new Result(p.ExitCode, stdout.Result, stderr.Result);
    }
}
