namespace Marsad.Ingest.Watch;

/// <summary>The validators a server gave for a URL, sent back on the next poll so an unchanged feed costs a 304.</summary>
internal sealed record Validators(string? ETag, string? LastModified)
{
    public bool IsEmpty => ETag is null && LastModified is null;
}

/// <summary>A finished fetch: the body (empty for 304), where it ended up after redirects, and its new validators.</summary>
internal sealed record FetchResult(Uri RequestedUrl, Uri FinalUrl, int Status, byte[] Body, string? ContentType, Validators Validators)
{
    public bool NotModified => Status == 304;
}

/// <summary>A fetch that failed; the message says why in one line, naming the URL.</summary>
internal sealed class FetchException : Exception
{
    public FetchException() { }

    public FetchException(string message) : base(message) { }

    public FetchException(string message, Exception inner) : base(message, inner) { }

    public FetchException(Uri url, string reason, bool transient, int? status = null, TimeSpan? retryAfter = null, Exception? inner = null)
        : base($"{url}: {reason}", inner)
    {
        Url = url;
        Reason = reason;
        Transient = transient;
        Status = status;
        RetryAfter = retryAfter;
    }

    public Uri? Url { get; }

    public string Reason { get; } = string.Empty;

    /// <summary>Worth trying again later (5xx, 429, timeouts, dropped connections); false for 4xx, robots, size.</summary>
    public bool Transient { get; }

    public int? Status { get; }

    public TimeSpan? RetryAfter { get; }
}
