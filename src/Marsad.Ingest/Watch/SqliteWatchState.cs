using System.Globalization;
using Marsad.Core;
using Microsoft.Data.Sqlite;

namespace Marsad.Ingest.Watch;

/// <summary>
/// <see cref="IWatchState"/> in SQLite: its own watch_* tables in marsad.db, WAL journal so a reader (status, the
/// web UI) never blocks the watcher and a killed process loses at most the transaction in flight.
/// </summary>
internal sealed class SqliteWatchState : IWatchState
{
    private readonly SqliteConnection _db;
    private readonly Lock _lock = new();

    public SqliteWatchState(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        _db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Pooling = false }.ToString());
        _db.Open();
        Execute("""
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = NORMAL;
            PRAGMA busy_timeout = 10000;
            CREATE TABLE IF NOT EXISTS watch_feeds (
                feed_url TEXT PRIMARY KEY,
                source TEXT NOT NULL,
                etag TEXT,
                last_modified TEXT,
                saved_at TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS watch_documents (
                canonical_url TEXT PRIMARY KEY,
                doc_id TEXT NOT NULL,
                source TEXT NOT NULL,
                stored_at TEXT NOT NULL,
                published TEXT,
                title TEXT,
                json TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS watch_documents_source ON watch_documents (source, stored_at);
            CREATE TABLE IF NOT EXISTS watch_seen (
                source TEXT NOT NULL,
                canonical_url TEXT NOT NULL,
                guid TEXT,
                seen_at TEXT NOT NULL,
                outcome TEXT NOT NULL,
                PRIMARY KEY (source, canonical_url));
            CREATE INDEX IF NOT EXISTS watch_seen_url ON watch_seen (canonical_url);
            CREATE TABLE IF NOT EXISTS watch_pages (
                canonical_url TEXT PRIMARY KEY,
                source TEXT NOT NULL,
                fetched_at TEXT NOT NULL,
                body BLOB NOT NULL);
            CREATE TABLE IF NOT EXISTS watch_sources (
                source TEXT PRIMARY KEY,
                last_poll TEXT,
                last_success TEXT,
                last_error_at TEXT,
                last_error TEXT);
            """);
    }

    public Validators? GetValidators(string feedUrl)
    {
        lock (_lock)
        {
            using var cmd = Command("SELECT etag, last_modified FROM watch_feeds WHERE feed_url = $u", ("$u", feedUrl));
            using var r = cmd.ExecuteReader();
            return r.Read() ? new Validators(r.IsDBNull(0) ? null : r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1)) : null;
        }
    }

    public void SaveValidators(string source, string feedUrl, Validators validators)
    {
        ArgumentNullException.ThrowIfNull(validators);
        lock (_lock)
        {
            using var cmd = Command(
                "INSERT INTO watch_feeds (feed_url, source, etag, last_modified, saved_at) VALUES ($u, $s, $e, $m, $t) "
                + "ON CONFLICT (feed_url) DO UPDATE SET source = $s, etag = $e, last_modified = $m, saved_at = $t",
                ("$u", feedUrl), ("$s", source), ("$e", validators.ETag), ("$m", validators.LastModified), ("$t", Now()));
            cmd.ExecuteNonQuery();
        }
    }

    public bool IsSeen(string canonicalUrl)
    {
        lock (_lock)
        {
            using var cmd = Command(
                "SELECT EXISTS (SELECT 1 FROM watch_documents WHERE canonical_url = $u) OR EXISTS (SELECT 1 FROM watch_seen WHERE canonical_url = $u)",
                ("$u", canonicalUrl));
            return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture) != 0;
        }
    }

    public byte[]? GetFetchedPage(string canonicalUrl)
    {
        lock (_lock)
        {
            using var cmd = Command("SELECT body FROM watch_pages WHERE canonical_url = $u", ("$u", canonicalUrl));
            return cmd.ExecuteScalar() as byte[];
        }
    }

    public void SaveFetchedPage(string source, string canonicalUrl, byte[] body)
    {
        lock (_lock)
        {
            using var cmd = Command(
                "INSERT INTO watch_pages (canonical_url, source, fetched_at, body) VALUES ($u, $s, $t, $b) ON CONFLICT (canonical_url) DO NOTHING",
                ("$u", canonicalUrl), ("$s", source), ("$t", Now()), ("$b", body));
            cmd.ExecuteNonQuery();
        }
    }

    public bool StoreDocument(string source, string canonicalUrl, string? guid, Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var json = DocumentJson.Serialize(document);
        lock (_lock)
        {
            using var tx = _db.BeginTransaction();
            using var insert = Command(
                "INSERT INTO watch_documents (canonical_url, doc_id, source, stored_at, published, title, json) VALUES ($u, $id, $s, $t, $p, $ti, $j) "
                + "ON CONFLICT (canonical_url) DO NOTHING",
                ("$u", canonicalUrl), ("$id", document.Id), ("$s", source), ("$t", Now()), ("$p", document.Published?.ToIso()),
                ("$ti", document.Title), ("$j", json));
            insert.Transaction = tx;
            var stored = insert.ExecuteNonQuery() == 1;
            using var seen = Command(
                "INSERT INTO watch_seen (source, canonical_url, guid, seen_at, outcome) VALUES ($s, $u, $g, $t, $o) ON CONFLICT DO NOTHING",
                ("$s", source), ("$u", canonicalUrl), ("$g", guid), ("$t", Now()), ("$o", stored ? "stored" : "duplicate"));
            seen.Transaction = tx;
            seen.ExecuteNonQuery();
            using var page = Command("DELETE FROM watch_pages WHERE canonical_url = $u", ("$u", canonicalUrl));
            page.Transaction = tx;
            page.ExecuteNonQuery();
            tx.Commit();
            return stored;
        }
    }

    public void MarkGivenUp(string source, string canonicalUrl, string? guid, string reason)
    {
        lock (_lock)
        {
            using var cmd = Command(
                "INSERT INTO watch_seen (source, canonical_url, guid, seen_at, outcome) VALUES ($s, $u, $g, $t, $o) ON CONFLICT DO NOTHING",
                ("$s", source), ("$u", canonicalUrl), ("$g", guid), ("$t", Now()), ("$o", "given up: " + reason));
            cmd.ExecuteNonQuery();
            using var page = Command("DELETE FROM watch_pages WHERE canonical_url = $u", ("$u", canonicalUrl));
            page.ExecuteNonQuery();
        }
    }

    public void RecordSuccess(string source, DateTimeOffset at)
    {
        lock (_lock)
        {
            using var cmd = Command(
                "INSERT INTO watch_sources (source, last_poll, last_success) VALUES ($s, $t, $t) "
                + "ON CONFLICT (source) DO UPDATE SET last_poll = $t, last_success = $t",
                ("$s", source), ("$t", Iso(at)));
            cmd.ExecuteNonQuery();
        }
    }

    public void RecordError(string source, DateTimeOffset at, string error)
    {
        lock (_lock)
        {
            using var cmd = Command(
                "INSERT INTO watch_sources (source, last_poll, last_error_at, last_error) VALUES ($s, $t, $t, $e) "
                + "ON CONFLICT (source) DO UPDATE SET last_poll = $t, last_error_at = $t, last_error = $e",
                ("$s", source), ("$t", Iso(at)), ("$e", error));
            cmd.ExecuteNonQuery();
        }
    }

    public IReadOnlyList<SourceStatus> GetStatus(DateTimeOffset now)
    {
        lock (_lock)
        {
            var perDay = new Dictionary<string, List<(DateOnly, long)>>(StringComparer.Ordinal);
            using (var days = Command("SELECT source, substr(stored_at, 1, 10) AS day, COUNT(*) FROM watch_documents GROUP BY source, day ORDER BY source, day DESC"))
            using (var r = days.ExecuteReader())
            {
                while (r.Read())
                {
                    var list = perDay.TryGetValue(r.GetString(0), out var l) ? l : perDay[r.GetString(0)] = [];
                    list.Add((DateOnly.ParseExact(r.GetString(1), "yyyy-MM-dd", CultureInfo.InvariantCulture), r.GetInt64(2)));
                }
            }

            var since = Iso(now.AddHours(-24));
            var result = new List<SourceStatus>();
            using var cmd = Command(
                """
                SELECT s.source, s.last_poll, s.last_success, s.last_error_at, s.last_error,
                       (SELECT COUNT(*) FROM watch_documents d WHERE d.source = s.source),
                       (SELECT COUNT(*) FROM watch_documents d WHERE d.source = s.source AND d.stored_at >= $since)
                FROM watch_sources s ORDER BY s.source
                """, ("$since", since));
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                var name = reader.GetString(0);
                result.Add(new SourceStatus(name, Time(reader, 1), Time(reader, 2), Time(reader, 3), reader.IsDBNull(4) ? null : reader.GetString(4),
                    reader.GetInt64(5), reader.GetInt64(6), perDay.TryGetValue(name, out var d) ? d : []));
            }

            return result;
        }
    }

    public long CountDocuments()
    {
        lock (_lock)
        {
            using var cmd = Command("SELECT COUNT(*) FROM watch_documents");
            return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
    }

    public void Dispose() => _db.Dispose();

    private static DateTimeOffset? Time(SqliteDataReader r, int i) =>
        r.IsDBNull(i) ? null : DateTimeOffset.Parse(r.GetString(i), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static string Now() => Iso(DateTimeOffset.UtcNow);

    private static string Iso(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private void Execute(string sql)
    {
        using var cmd = Command(sql);
        cmd.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var cmd = _db.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return cmd;
    }
}
