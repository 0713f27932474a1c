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
            var deadline = DateTime.UtcNow.AddSeconds(60);
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
