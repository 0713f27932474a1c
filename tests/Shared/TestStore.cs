using Marsad.Storage;
using Npgsql;

namespace Marsad.Testing;

/// <summary>
/// A fresh store per test: a new SQLite file, or a new PostgreSQL database (from MARSAD_TEST_PG) dropped afterwards.
/// Shared by the store and web test projects (linked as source, not a separate assembly).
/// </summary>
internal sealed class TestStore : IDisposable
{
    private readonly string? _dir;
    private readonly string? _database;
    private readonly string? _admin;

    private TestStore(string spec, string? dir, string? database, string? admin)
    {
        Spec = spec;
        _dir = dir;
        _database = database;
        _admin = admin;
        Store = StoreFactory.Open(spec);
    }

    /// <summary>What <c>--store</c> would be given: the SQLite path or the PostgreSQL connection string.</summary>
    public string Spec { get; }

    public IStore Store { get; }

    public static TestStore Sqlite()
    {
        var dir = Path.Combine(Path.GetTempPath(), "marsad-store-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return new TestStore(Path.Combine(dir, "marsad.db"), dir, null, null);
    }

    public static TestStore Postgres()
    {
        var admin = Environment.GetEnvironmentVariable("MARSAD_TEST_PG") ?? throw new InvalidOperationException("MARSAD_TEST_PG is not set");
        var name = "marsad_test_" + Guid.NewGuid().ToString("N")[..16];
        using (var c = new NpgsqlConnection(admin))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = $"CREATE DATABASE {name}";
            cmd.ExecuteNonQuery();
        }

        var spec = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
        if (!spec.StartsWith("Host=", StringComparison.OrdinalIgnoreCase))
        {
            spec = "Host=" + new NpgsqlConnectionStringBuilder(spec).Host + ";" + spec;
        }

        return new TestStore(spec, null, name, admin);
    }

    /// <summary>A second handle on the same store, as another process would open it.</summary>
    public IStore Reopen() => StoreFactory.Open(Spec);

    public void Dispose()
    {
        Store.Dispose();
        if (_dir is not null)
        {
            try
            {
                Directory.Delete(_dir, recursive: true);
            }
            catch (IOException)
            {
                // A pooled handle may still be closing; the OS cleans temp folders.
            }
        }

        if (_database is not null && _admin is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var c = new NpgsqlConnection(_admin);
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = $"DROP DATABASE IF EXISTS {_database} WITH (FORCE)";
            cmd.ExecuteNonQuery();
        }
    }
}
