using System.Net;

namespace Marsad.Web;

/// <summary>How the server runs: which store, who may write, how much a request may carry.</summary>
public sealed record WebOptions
{
    /// <summary>Store spec as the CLI takes it (file path or PostgreSQL connection string).</summary>
    public string? Store { get; init; }

    /// <summary>Token the write endpoint requires (Authorization: Bearer …). No token: writes are disabled.</summary>
    public string? Token { get; init; }

    /// <summary>Refuse every write even with a token (the default when bound to a non-loopback address).</summary>
    public bool ReadOnly { get; init; }

    /// <summary>Largest request body accepted, in bytes.</summary>
    public long MaxBodyBytes { get; init; } = 2 * 1024 * 1024;

    /// <summary>How long a search result is reused (0: never). Writes through this server clear it at once.</summary>
    public double SearchCacheSeconds { get; init; } = 30;

    /// <summary>
    /// Searches computed at once (the rest wait their turn, first come first served). Ranking is CPU work: running
    /// more at once than there are cores only makes every one of them slower, the long ones most.
    /// </summary>
    public int SearchWorkers { get; init; } = Math.Max(2, Environment.ProcessorCount * 2);

    public bool WritesEnabled => !ReadOnly && !string.IsNullOrEmpty(Token);

    /// <summary>
    /// Read-only unless every address is loopback or remote writes are explicitly allowed: a server reachable from
    /// the network must not accept writes just because a token happens to be set in the environment.
    /// </summary>
    public static bool ReadOnlyFor(IEnumerable<string> urls, bool allowRemoteWrites) =>
        !allowRemoteWrites && urls.Any(u => !IsLoopback(u));

    /// <summary>Loopback names and addresses; "*", "+" and 0.0.0.0 listen everywhere, so they are not.</summary>
    public static bool IsLoopback(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var normalized = url.Replace("://*", "://any-host", StringComparison.Ordinal).Replace("://+", "://any-host", StringComparison.Ordinal);
        var host = Uri.TryCreate(normalized, UriKind.Absolute, out var uri) ? uri.Host.Trim('[', ']') : url;
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
    }
}
