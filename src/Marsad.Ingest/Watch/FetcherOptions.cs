namespace Marsad.Ingest.Watch;

/// <summary>How politely and how patiently Marsad fetches. Defaults suit public news sites.</summary>
internal sealed record FetcherOptions
{
    /// <summary>Names Marsad so site owners can find us and address us in robots.txt.</summary>
    public string UserAgent { get; init; } = "Marsad/0.1 (+https://example.invalid/marsad; Arabic news monitor)";

    /// <summary>The robots.txt product token Marsad answers to.</summary>
    public string RobotsToken { get; init; } = "marsad";

    public bool ObeyRobots { get; init; } = true;

    /// <summary>Requests in flight at once to one host.</summary>
    public int PerHostConcurrency { get; init; } = 2;

    /// <summary>Least time between the starts of two requests to one host (a robots.txt Crawl-delay can raise it).</summary>
    public TimeSpan PerHostDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Crawl-delays above this are capped: a site asking for minutes between hits would never be read.</summary>
    public TimeSpan MaxCrawlDelay { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>One attempt, from sending the request to the body's last byte.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest silence while reading a body: catches servers that drip bytes forever.</summary>
    public TimeSpan ReadIdleTimeout { get; init; } = TimeSpan.FromSeconds(10);

    public long MaxBodyBytes { get; init; } = 10L * 1024 * 1024;

    public int MaxRedirects { get; init; } = 5;

    /// <summary>Retries after the first attempt for 5xx, 408, 429, timeouts and dropped connections.</summary>
    public int MaxRetries { get; init; } = 3;

    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>A Retry-After longer than this is not waited for: the fetch fails and the next poll tries again.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromMinutes(2);
}
