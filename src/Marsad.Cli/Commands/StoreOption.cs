using System.CommandLine;
using Marsad.Storage;

namespace Marsad.Cli.Commands;

/// <summary>The <c>--store</c> option every store command shares.</summary>
internal static class StoreOption
{
    public static Option<string?> Create() => new("--store")
    {
        Description = $"SQLite file, or PostgreSQL as 'Host=…' or 'postgres://…' (default: ${StoreFactory.EnvironmentVariable}, else ./{StoreFactory.DefaultPath})",
    };

    /// <summary>Opens the store or writes a one-line reason; null on failure.</summary>
    public static IStore? Open(string? spec)
    {
        try
        {
            return StoreFactory.Open(spec);
        }
        catch (Exception ex) when (ex is StoreException or Microsoft.Data.Sqlite.SqliteException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"marsad: cannot open store {Name(spec)}: {ex.Message}{WhyNotWritable(spec)}");
            return null;
        }
    }

    // SQLite says only "unable to open database file"; the file system knows why (read-only, no permission).
    private static string WhyNotWritable(string? spec)
    {
        var resolved = StoreFactory.Resolve(spec);
        return !StoreFactory.IsPostgres(resolved) && StoreFactory.WhyNotWritable(resolved) is { } why ? $" ({why})" : string.Empty;
    }

    // The file path names a SQLite store; a PostgreSQL connection string may hold a password, so it is not echoed.
    private static string Name(string? spec) =>
        StoreFactory.Resolve(spec) is var resolved && StoreFactory.IsPostgres(resolved) ? "(PostgreSQL)" : Path.GetFullPath(resolved);
}
