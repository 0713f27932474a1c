using Marsad.Storage.Postgres;
using Marsad.Storage.Sqlite;

namespace Marsad.Storage;

/// <summary>Opens the store a user names: a file path (SQLite) or a PostgreSQL connection string / URL.</summary>
public static class StoreFactory
{
    public const string EnvironmentVariable = "MARSAD_STORE";
    public const string DefaultPath = "marsad.db";

    /// <summary>The store spec in effect: the option, else MARSAD_STORE, else ./marsad.db.</summary>
    public static string Resolve(string? spec) =>
        !string.IsNullOrWhiteSpace(spec) ? spec
        : Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } env ? env
        : DefaultPath;

    public static bool IsPostgres(string spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return spec.StartsWith("Host=", StringComparison.OrdinalIgnoreCase)
            || spec.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || spec.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);
    }

    public static IStore Open(string? spec)
    {
        var resolved = Resolve(spec);
        return IsPostgres(resolved) ? new PostgresStore(resolved) : new SqliteStore(resolved);
    }

    /// <summary>SQLite's PRAGMA integrity_check ("ok" when consistent); null for stores that have none.</summary>
    public static string? IntegrityCheck(IStore store) => store is SqliteStore s ? s.IntegrityCheck() : null;

    /// <summary>
    /// Why a SQLite store at <paramref name="path"/> cannot be written (its file, or its folder where SQLite keeps the
    /// -wal and -shm files), in the file system's words; null when it can. SQLite itself says only "unable to open".
    /// </summary>
    public static string? WhyNotWritable(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            if (File.Exists(full))
            {
                using (new FileStream(full, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite))
                {
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"the file cannot be written: {Reason(ex)}";
        }

        var dir = Path.GetDirectoryName(full) ?? ".";
        try
        {
            using (new FileStream(Path.Combine(dir, $".marsad-probe-{Guid.NewGuid():N}"), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"its folder {dir} cannot be written: {Reason(ex)}";
        }

        return null;
    }

    // The OS reason without the path .NET appends ("Read-only file system : '/x'").
    private static string Reason(Exception ex) =>
        ex.Message.IndexOf(" : '", StringComparison.Ordinal) is var i and > 0 ? ex.Message[..i] : ex.Message;

    /// <summary>Where the store lives, for messages: the file path, or "PostgreSQL".</summary>
    public static string Describe(IStore store) => store is SqliteStore s ? s.Path : "PostgreSQL";
}
