using System.Diagnostics;
using Marsad.Storage;

namespace Marsad.Ingest.Tests;

/// <summary>The real CLI killed with SIGKILL in the middle of an ingest: the store stays consistent and a re-run completes it.</summary>
public sealed class CrashTests
{
    private static Process Start(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "marsad.dll"));
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        return Process.Start(psi)!;
    }

    [Fact]
    public async Task Kill_9_mid_ingest_loses_and_duplicates_nothing_after_a_rerun()
    {
        const int total = 4000;
        var dir = Inputs.Dir();
        var input = Inputs.JsonArray(dir, "big.json", Enumerable.Range(1, total));
        var db = Path.Combine(dir, "marsad.db");

        using (var p = Start("ingest", input, "--store", db, "--quiet", "--batch", "100"))
        {
            // Kill once some batches are committed, while others are in flight.
            // Generous: a loaded machine can take minutes to start marsad, load its models and commit 300 articles.
            var deadline = DateTime.UtcNow.AddSeconds(300);
            while (!p.HasExited && DateTime.UtcNow < deadline && Count(db) < 300)
            {
                await Task.Delay(50);
            }

            Assert.False(p.HasExited, "ingest finished before it could be killed; raise the input size");
            p.Kill(entireProcessTree: true);
            await p.WaitForExitAsync();
        }

        var afterKill = Count(db);
        Assert.InRange(afterKill, 300, total - 1);
        using (var store = StoreFactory.Open(db))
        {
            Assert.Equal("ok", StoreFactory.IntegrityCheck(store));
        }

        using (var p = Start("ingest", input, "--store", db, "--quiet"))
        {
            await p.WaitForExitAsync();
            Assert.Equal(0, p.ExitCode);
        }

        using (var store = StoreFactory.Open(db))
        {
            Assert.Equal("ok", StoreFactory.IntegrityCheck(store));
            var members = store.StoryMembers().ToList();
            Assert.Equal(total, members.Count);
            Assert.Equal(total, members.Select(m => m.Url).Distinct().Count());
        }
    }

    private static long Count(string db)
    {
        if (!File.Exists(db))
        {
            return 0;
        }

        try
        {
            using var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "SELECT count(*) FROM articles";
            return (long)cmd.ExecuteScalar()!;
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return 0;
        }
    }
}

/// <summary>The store commands end to end through the real CLI.</summary>
public sealed class CommandTests
{
    private static (int Code, string Stdout) Run(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = System.Text.Encoding.UTF8 };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "marsad.dll"));
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        _ = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        return (p.ExitCode, stdout.Result);
    }

    [Fact]
    public void Search_json_lists_each_hit_with_its_url_and_stats_lists_failures()
    {
        var dir = Inputs.Dir();
        var input = Inputs.JsonArray(dir, "a.json", Enumerable.Range(1, 20));
        File.WriteAllBytes(Path.Combine(dir, "bad.bin"), [0, 1, 2, 3, 0, 5, 6, 7]);
        var db = Path.Combine(dir, "store", "marsad.db");
        Assert.Equal(0, Run("ingest", input, Path.Combine(dir, "bad.bin"), "--store", db, "--quiet").Code);

        var (code, stdout) = Run("search", "جدة", "--json", "--all-copies", "--store", db);
        Assert.Equal(0, code);
        using var json = System.Text.Json.JsonDocument.Parse(stdout);
        var hits = json.RootElement.GetProperty("hits").EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.StartsWith("https://news.example/", h.GetProperty("url").GetString(), StringComparison.Ordinal));
        Assert.Contains("<mark>", hits[0].GetProperty("snippet").GetString(), StringComparison.Ordinal);

        var failures = Run("stats", "--failures", "--store", db).Stdout;
        Assert.Contains("bad.bin", failures, StringComparison.Ordinal);
        Assert.Contains("binary", failures, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_writes_documents_as_json_lines()
    {
        var dir = Inputs.Dir();
        var input = Inputs.JsonArray(dir, "a.json", Enumerable.Range(1, 5));
        var db = Path.Combine(dir, "marsad.db");
        Run("ingest", input, "--store", db, "--quiet");
        var output = Path.Combine(dir, "docs.jsonl");
        Assert.Equal(0, Run("export", "documents", "-o", output, "--store", db).Code);
        var lines = File.ReadAllLines(output);
        Assert.Equal(5, lines.Length);
        Assert.All(lines, l => Assert.Equal("marsad.document/1", System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("schema").GetString()));
    }
}
