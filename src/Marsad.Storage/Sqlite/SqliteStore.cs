using System.Data.Common;
using Marsad.Storage.Search;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Sqlite;

/// <summary>
/// The default store: one SQLite file in WAL mode (readers never block the single writer), FTS5 over the
/// normalized search terms of title and body (contentless: the terms are not stored twice).
/// </summary>
internal sealed class SqliteStore : RelationalStore
{
    private readonly string _connectionString;
    private readonly Lock _columnsLock = new();
    private SqliteConnection? _columnsConnection;
    private ArticleColumns? _columns;
    private long _columnsVersion;

    public SqliteStore(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        var dir = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }

        if (File.Exists(Path) && StoreFactory.WhyNotWritable(Path) is { } why)
        {
            // Without write access the store can still be read. Read-only mode works while its -shm file exists (a
            // writer with access may be running: its changes stay visible and consistent). On read-only media with no
            // -shm file SQLite cannot open a WAL store at all; opened as immutable it can, and nothing can change it there.
            _connectionString = new SqliteConnectionStringBuilder { DataSource = Path, Mode = SqliteOpenMode.ReadOnly, Pooling = true, DefaultTimeout = 60 }.ToString();
            if (!Readable(_connectionString))
            {
                _connectionString = new SqliteConnectionStringBuilder
                {
                    DataSource = new Uri(Path).AbsoluteUri + "?immutable=1",
                    Mode = SqliteOpenMode.ReadOnly,
                    Pooling = true,
                }.ToString();
            }

            ReadOnlyReason = why;
        }
        else
        {
            _connectionString = new SqliteConnectionStringBuilder { DataSource = Path, Pooling = true, DefaultTimeout = 60 }.ToString();
            using var c = new SqliteConnection(_connectionString);
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "PRAGMA busy_timeout = 60000; PRAGMA journal_mode = WAL;";
            cmd.ExecuteNonQuery();
        }

        if (ReadOnlyReason is null)
        {
            Migrate();
        }
        else
        {
            CheckSchema();
        }
    }

    /// <summary>Why the store was opened read-only (its file or folder cannot be written), or null.</summary>
    public string? ReadOnlyReason { get; }

    public string Path { get; }

    public override IReadOnlySet<string> Claim(IReadOnlyList<string> unitKeys, string worker, TimeSpan lease)
    {
        RefuseWrites();
        return base.Claim(unitKeys, worker, lease);
    }

    protected override void BeforeWrite() => RefuseWrites();

    private void RefuseWrites()
    {
        if (ReadOnlyReason is not null)
        {
            throw new StoreException($"the store {Path} can only be read: {ReadOnlyReason}");
        }
    }

    private void CheckSchema()
    {
        using var c = Connect();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT coalesce(max(version), 0) FROM schema_version";
        var current = Convert.ToInt32(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        if (current != Migrations.Count)
        {
            throw new StoreException($"the store has schema version {current}, this Marsad needs {Migrations.Count}, and it can only be read: {ReadOnlyReason}");
        }

        SchemaVersion = current;
    }

    private static bool Readable(string connectionString)
    {
        try
        {
            using var c = new SqliteConnection(connectionString);
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "SELECT count(*) FROM sqlite_master";
            cmd.ExecuteScalar();
            return true;
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    public override string Kind => "sqlite";

    protected override IReadOnlyList<IReadOnlyList<string>> Migrations { get; } =
    [
        [
            .. Schema.V1.Select(s => s.Replace("{id}", "INTEGER PRIMARY KEY", StringComparison.Ordinal)
                .Replace("{big}", "INTEGER", StringComparison.Ordinal).Replace("{blob}", "BLOB", StringComparison.Ordinal)),
            // unicode61 splits on the spaces between the already-normalized keys; no stemming of its own.
            "CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0')",
        ],
        [.. Schema.V2.Select(s => s.Replace("{blob}", "BLOB", StringComparison.Ordinal))],
    ];

    protected override DbConnection Connect()
    {
        var c = new SqliteConnection(_connectionString);
        c.Open();
        using var cmd = c.CreateCommand();
        // NORMAL is durable against a killed process in WAL mode; only an OS crash can lose the last commits.
        // Bigger page cache and rarer checkpoints: the writer's batches touch the same index pages again and again.
        cmd.CommandText = "PRAGMA busy_timeout = 60000; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY; PRAGMA wal_autocheckpoint = 8000;";
        cmd.ExecuteNonQuery();
        return c;
    }

    /// <summary>
    /// Searches read pages scattered over the whole file (index, articles, documents, entities); mapping the file
    /// lets every pooled connection read them from the OS page cache without copying each into its own cache first.
    /// Only reads go through the map (SQLite writes with ordinary I/O either way).
    /// </summary>
    protected override DbConnection ConnectForSearch()
    {
        var c = Connect();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "PRAGMA mmap_size = 4294967296";
        cmd.ExecuteNonQuery();
        return c;
    }

    protected override void Index(Batch batch, long id, ArticleRecord article, bool replace)
    {
        if (replace)
        {
            batch.Exec("DELETE FROM articles_fts WHERE rowid = @id", ("@id", id));
        }

        batch.Exec("INSERT INTO articles_fts (rowid, title, body) VALUES (@id, @t, @b)", ("@id", id), ("@t", article.TitleTerms), ("@b", article.BodyTerms));
    }

    // Title terms weigh four times body terms in BM25.
    protected override string RankedMatch => "(SELECT rowid AS id, bm25(articles_fts, 4.0, 1.0) AS score FROM articles_fts WHERE articles_fts MATCH @q)";

    protected override string Match => "(SELECT rowid AS id FROM articles_fts WHERE articles_fts MATCH @q)";

    protected override string QueryText(SearchQuery query) => query.ToFts5();

    /// <summary>
    /// The columns as of the last commit: PRAGMA data_version on a connection of our own changes whenever any other
    /// connection (this process or another) committed, so a reload happens only after a write.
    /// </summary>
    protected override ArticleColumns? Columns()
    {
        lock (_columnsLock)
        {
            if (_columnsConnection is null)
            {
                _columnsConnection = new SqliteConnection(new SqliteConnectionStringBuilder(_connectionString) { Pooling = false }.ToString());
                _columnsConnection.Open();
                using var pragma = _columnsConnection.CreateCommand();
                pragma.CommandText = "PRAGMA busy_timeout = 60000";
                pragma.ExecuteNonQuery();
            }

            using var cmd = _columnsConnection.CreateCommand();
            cmd.CommandText = "PRAGMA data_version";
            var version = Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            if (_columns is null || version != _columnsVersion)
            {
                _columns = ArticleColumns.Load(_columnsConnection);
                _columnsVersion = version;
            }

            return _columns;
        }
    }

    /// <summary>PRAGMA integrity_check: "ok" when the file is consistent.</summary>
    public string IntegrityCheck()
    {
        using var c = Connect();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "PRAGMA integrity_check";
        return Convert.ToString(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
    }

    public override void Dispose()
    {
        lock (_columnsLock)
        {
            _columnsConnection?.Dispose();
            _columnsConnection = null;
        }

        SqliteConnection.ClearPool(new SqliteConnection(_connectionString));
    }
}
