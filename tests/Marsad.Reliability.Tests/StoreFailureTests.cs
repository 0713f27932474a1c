using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Marsad.Reliability.Tests;

/// <summary>
/// A full disk and a read-only store, as a user meets them: the real CLI writes its SQLite store on a real file system
/// that fills up (a tmpfs of 1 MB) or is mounted read-only. The file system lives in a private mount namespace
/// (<c>unshare --mount</c>, with <c>--map-root-user</c> when not root), so root's permission bits cannot hide the
/// failure and a crashed test leaves no mount behind. Skipped, with the reason, where namespaces are not allowed.
/// </summary>
public sealed class StoreFailureTests : IClassFixture<StoreFailureScenarios>
{
    private readonly StoreFailureScenarios _s;

    public StoreFailureTests(StoreFailureScenarios scenarios) => _s = scenarios;

    [StoreFailureFact]
    public void Full_disk_ingest_ends_with_one_line_naming_the_store_and_the_reason()
    {
        var full = _s.FullDisk;
        Assert.NotEqual(0, full.ExitCode);
        var line = Assert.Single(full.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(full.StorePath, line, StringComparison.Ordinal);
        Assert.Contains("full", line, StringComparison.OrdinalIgnoreCase);
    }

    [StoreFailureFact]
    public void Full_disk_keeps_what_was_committed_whole_and_the_file_consistent()
    {
        var stored = StoreFailureScenarios.Inspect(_s.FullDisk.Copy);
        Assert.Equal("ok", stored.Integrity);
        Assert.InRange(stored.Articles, 1, StoreFailureScenarios.Articles - 1);
        Assert.Equal(0, stored.HalfWritten);
    }

    [StoreFailureFact]
    public void After_space_is_freed_a_rerun_stores_every_article_once()
    {
        Assert.Equal(0, _s.Rerun.ExitCode);
        var stored = StoreFailureScenarios.Inspect(_s.Rerun.Copy);
        Assert.Equal("ok", stored.Integrity);
        Assert.Equal(StoreFailureScenarios.Articles, stored.DistinctKeys);   // none lost
        Assert.Equal(stored.DistinctKeys, stored.Articles);                  // none duplicated
        Assert.Equal(0, stored.HalfWritten);
    }

    [StoreFailureFact]
    public void Read_only_store_refuses_ingest_with_one_line_naming_the_store_and_the_reason()
    {
        var ro = _s.ReadOnly;
        Assert.NotEqual(0, ro.ExitCode);
        var line = Assert.Single(ro.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(ro.StorePath, line, StringComparison.Ordinal);
        Assert.Contains("readonly", line.Replace("read-only", "readonly", StringComparison.OrdinalIgnoreCase), StringComparison.OrdinalIgnoreCase);
    }

    [StoreFailureFact]
    public void Read_only_store_is_left_exactly_as_it_was()
    {
        var before = StoreFailureScenarios.Inspect(_s.BeforeReadOnly.Copy);
        var after = StoreFailureScenarios.Inspect(_s.ReadOnly.Copy);
        Assert.Equal("ok", after.Integrity);
        Assert.Equal(before.Articles, after.Articles);
        Assert.Equal(before.Inputs, after.Inputs);
        Assert.Equal(0, after.HalfWritten);
    }

    [StoreFailureFact]
    public void Read_only_store_still_answers_reads()
    {
        Assert.Equal(0, _s.ReadOnlyStats.ExitCode);
        var before = StoreFailureScenarios.Inspect(_s.BeforeReadOnly.Copy);
        Assert.Contains(before.Articles.ToString(CultureInfo.InvariantCulture), _s.ReadOnlyStats.Stdout, StringComparison.Ordinal);
    }

    [StoreFailureFact]
    public void New_store_in_a_read_only_folder_is_refused_with_one_line_naming_it()
    {
        var run = _s.NewInReadOnlyFolder;
        Assert.NotEqual(0, run.ExitCode);
        var line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(run.StorePath, line, StringComparison.Ordinal);
        Assert.Contains("read-only", line, StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>Skips store-failure tests where a private mount namespace with a tmpfs cannot be made.</summary>
public sealed class StoreFailureFactAttribute : FactAttribute
{
    public StoreFailureFactAttribute()
    {
        if (StoreFailureScenarios.Unavailable is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>Runs the scenarios once (each needs a real ingest) and keeps copies of the store after each step.</summary>
public sealed class StoreFailureScenarios : IDisposable
{
    public const int Articles = 300;
    private const int ArticlesBeforeReadOnly = 20;
    private static readonly Lazy<string?> Probe = new(ProbeNamespace);
    private readonly string _dir;

    public StoreFailureScenarios()
    {
        _dir = Path.Combine(Path.GetTempPath(), "marsad-storefail-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
        if (Unavailable is not null)
        {
            return;
        }

        var all = Path.Combine(_dir, "in");
        var few = Path.Combine(_dir, "few");
        WriteArticles(all, Articles);
        WriteArticles(few, ArticlesBeforeReadOnly);
        var marsad = Path.Combine(AppContext.BaseDirectory, "marsad.dll");
        // Small batches in the full-disk run: several commits land before the disk fills. Each step's exit code, output and a copy of the store files (db, -wal, -shm) go to out/STEP/.
        var script = $$"""
            set -u
            d='{{_dir}}'
            step() { name=$1; shift; mkdir -p "$d/out/$name"; dotnet '{{marsad}}' "$@" >"$d/out/$name/stdout" 2>"$d/out/$name/stderr"; echo $? >"$d/out/$name/rc"; }
            keep() { cp "$d/$1"/m.db* "$d/out/$2/" 2>/dev/null || true; }
            mkdir -p "$d/full" "$d/ro" "$d/rodir"
            mount -t tmpfs -o size=1m tmpfs "$d/full" || exit 10
            step full ingest "$d/in" --store "$d/full/m.db" --batch 8 --quiet; keep full full
            mount -o remount,size=64m "$d/full" || exit 11
            step rerun ingest "$d/in" --store "$d/full/m.db" --quiet; keep full rerun
            mount -t tmpfs -o size=16m tmpfs "$d/ro" || exit 12
            step before ingest "$d/few" --store "$d/ro/m.db" --quiet; keep ro before
            mount -o remount,ro "$d/ro" || exit 13
            step readonly ingest "$d/in" --store "$d/ro/m.db" --quiet; keep ro readonly
            step rostats stats --store "$d/ro/m.db"
            mount -t tmpfs -o size=1m,ro tmpfs "$d/rodir" || exit 14
            step newro ingest "$d/few" --store "$d/rodir/m.db" --quiet
            """;
        // A hang guard: six marsad runs, two of them ingesting all 300 articles, can take many minutes on a loaded machine.
        var rc = RunInNamespace(script, TimeSpan.FromMinutes(30));
        if (rc != 0)
        {
            throw new InvalidOperationException($"store-failure scenario script failed with exit code {rc}");
        }
    }

    /// <summary>Why the scenarios cannot run here, or null.</summary>
    public static string? Unavailable => Probe.Value;

    public Step FullDisk => Load("full", "full");

    public Step Rerun => Load("rerun", "full");

    public Step BeforeReadOnly => Load("before", "ro");

    public Step ReadOnly => Load("readonly", "ro");

    public Step ReadOnlyStats => Load("rostats", "ro");

    public Step NewInReadOnlyFolder => Load("newro", "rodir");

    public sealed record Step(int ExitCode, string Stdout, string Stderr, string StorePath, string Copy);

    public sealed record Stored(string Integrity, long Articles, long DistinctKeys, long Inputs, long HalfWritten);

    private Step Load(string name, string mount)
    {
        var o = Path.Combine(_dir, "out", name);
        return new Step(
            int.Parse(File.ReadAllText(Path.Combine(o, "rc")).Trim(), CultureInfo.InvariantCulture),
            File.ReadAllText(Path.Combine(o, "stdout")),
            File.ReadAllText(Path.Combine(o, "stderr")),
            Path.Combine(_dir, mount, "m.db"),
            Path.Combine(o, "m.db"));
    }

    /// <summary>Reads a copy of the store: integrity, counts, and rows of an article that are missing (half-written).</summary>
    public static Stored Inspect(string db)
    {
        using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Pooling = false }.ToString());
        c.Open();
        string Text(string sql)
        {
            using var cmd = c.CreateCommand();
            cmd.CommandText = sql;
            return Convert.ToString(cmd.ExecuteScalar(), CultureInfo.InvariantCulture) ?? string.Empty;
        }

        long Count(string sql) => long.Parse(Text(sql), CultureInfo.InvariantCulture);
        return new Stored(
            Text("PRAGMA integrity_check"),
            Count("SELECT count(*) FROM articles"),
            Count("SELECT count(DISTINCT key) FROM articles"),
            Count("SELECT count(*) FROM inputs"),
            // An article without its document, search row or finished input, or a document without its article.
            Count("""
                SELECT (SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.article_id = a.id))
                     + (SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM inputs i WHERE i.article_id = a.id))
                     + (SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = d.article_id))
                     + abs((SELECT count(*) FROM articles) - (SELECT count(*) FROM articles_fts_docsize))
                """));
    }

    private static void WriteArticles(string dir, int n)
    {
        Directory.CreateDirectory(dir);
        string[] words = ["قال", "وزير", "الخارجية", "إن", "المحادثات", "مع", "الوفد", "تناولت", "التعاون", "الاقتصادي", "والأمن",
            "الإقليمي", "وأكد", "أن", "البلدين", "سيواصلان", "العمل", "في", "الرياض", "والقاهرة", "ودمشق"];
        var random = new Random(n);
        for (var i = 0; i < n; i++)
        {
            var text = new StringBuilder().Append("خبر رقم ").Append(i.ToString(CultureInfo.InvariantCulture)).Append('\n');
            for (var s = 0; s < 15; s++)
            {
                for (var w = 0; w < 20; w++)
                {
                    text.Append(words[random.Next(words.Length)]).Append(' ');
                }

                text.Append("رقم ").Append((i * 100 + s).ToString(CultureInfo.InvariantCulture)).Append(". ");
            }

            File.WriteAllText(Path.Combine(dir, i.ToString("D4", CultureInfo.InvariantCulture) + ".txt"), text.ToString());
        }
    }

    private static int RunInNamespace(string script, TimeSpan timeout)
    {
        var psi = new ProcessStartInfo("unshare") { UseShellExecute = false, RedirectStandardError = true };
        psi.ArgumentList.Add("--mount");
        if (!IsRoot())
        {
            psi.ArgumentList.Add("--map-root-user");
        }

        psi.ArgumentList.Add("sh");
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add(script);
        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit((int)timeout.TotalMilliseconds))
        {
            p.Kill(entireProcessTree: true);
            return -1;
        }

        _ = stderr.Result;
        return p.ExitCode;
    }

    private static bool IsRoot() => Environment.UserName == "root";

    private static string? ProbeNamespace()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "needs Linux mount namespaces (unshare) to make a full and a read-only file system";
        }

        var dir = Path.Combine(Path.GetTempPath(), "marsad-storefail-probe-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var rc = RunInNamespace($"mount -t tmpfs -o size=64k tmpfs '{dir}' && mount -o remount,ro '{dir}'", TimeSpan.FromSeconds(30));
            return rc == 0 ? null : "cannot mount a tmpfs in a private mount namespace here (unshare --mount failed: no privilege or user namespaces disabled)";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "the unshare command (util-linux) is not installed";
        }
        finally
        {
            Directory.Delete(dir);
        }
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
