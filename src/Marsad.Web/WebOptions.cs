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

    public bool WritesEnabled => !ReadOnly && !string.IsNullOrEmpty(Token);
}
