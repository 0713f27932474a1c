using System.Globalization;
using Marsad.Storage.Watching;

namespace Marsad.Storage;

/// <summary>The watch ledger over the V2 tables; same SQL on both engines.</summary>
internal abstract partial class RelationalStore : IWatchLedger
{
    public FeedValidators? FeedValidators(string feedUrl)
    {
        using var c = Connect();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT etag, last_modified FROM watch_feeds WHERE feed_url = @u";
        Add(cmd, ("@u", feedUrl));
        using var r = cmd.ExecuteReader();
        return r.Read() ? new FeedValidators(Str(r, 0), Str(r, 1)) : null;
    }

    public void SaveFeedValidators(string source, string feedUrl, FeedValidators validators)
    {
        ArgumentNullException.ThrowIfNull(validators);
        using var c = Connect();
        Exec(c, null,
            "INSERT INTO watch_feeds (feed_url, source, etag, last_modified, saved_at) VALUES (@u, @s, @e, @m, @t) "
            + "ON CONFLICT (feed_url) DO UPDATE SET source = excluded.source, etag = excluded.etag, last_modified = excluded.last_modified, saved_at = excluded.saved_at",
            ("@u", feedUrl), ("@s", source), ("@e", validators.ETag), ("@m", validators.LastModified), ("@t", Iso(DateTimeOffset.UtcNow)));
    }

    public bool IsDone(string unitKey, string? articleKey)
    {
        using var c = Connect();
        if (Scalar(c, null, "SELECT 1 FROM inputs WHERE unit_key = @u", ("@u", unitKey)) is not null)
        {
            return true;
        }

        return articleKey is not null && Scalar(c, null, "SELECT 1 FROM articles WHERE key = @k", ("@k", articleKey)) is not null;
    }

    public byte[]? PendingPage(string unitKey)
    {
        using var c = Connect();
        return Scalar(c, null, "SELECT body FROM pending_pages WHERE unit_key = @u", ("@u", unitKey)) as byte[];
    }

    public void SavePendingPage(string unitKey, string source, byte[] body)
    {
        using var c = Connect();
        Exec(c, null, "INSERT INTO pending_pages (unit_key, source, fetched_at, body) VALUES (@u, @s, @t, @b) ON CONFLICT (unit_key) DO NOTHING",
            ("@u", unitKey), ("@s", source), ("@t", Iso(DateTimeOffset.UtcNow)), ("@b", body));
    }

    public void RecordSuccess(string source, DateTimeOffset at)
    {
        using var c = Connect();
        Exec(c, null,
            "INSERT INTO watch_sources (source, last_poll, last_success) VALUES (@s, @t, @t) "
            + "ON CONFLICT (source) DO UPDATE SET last_poll = excluded.last_poll, last_success = excluded.last_success",
            ("@s", source), ("@t", Iso(at)));
    }

    public void RecordError(string source, DateTimeOffset at, string error)
    {
        using var c = Connect();
        Exec(c, null,
            "INSERT INTO watch_sources (source, last_poll, last_error_at, last_error) VALUES (@s, @t, @t, @e) "
            + "ON CONFLICT (source) DO UPDATE SET last_poll = excluded.last_poll, last_error_at = excluded.last_error_at, last_error = excluded.last_error",
            ("@s", source), ("@t", Iso(at)), ("@e", error));
    }

    public IReadOnlyList<SourceStatus> SourceStatuses(DateTimeOffset now, int days = 14)
    {
        using var c = Connect();
        var perDay = new Dictionary<string, List<(DateOnly, long)>>(StringComparer.Ordinal);
        using (var cmd = c.CreateCommand())
        {
            // ingested_at is ISO 8601 in UTC, so its first ten characters are the day.
            cmd.CommandText = """
                SELECT a.source, substr(a.ingested_at, 1, 10) AS d, count(*) FROM articles a
                WHERE a.source IN (SELECT source FROM watch_sources) AND a.ingested_at >= @from
                GROUP BY a.source, substr(a.ingested_at, 1, 10) ORDER BY a.source, d DESC
                """;
            Add(cmd, ("@from", now.UtcDateTime.Date.AddDays(1 - Math.Max(1, days)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                var source = r.GetString(0);
                if (!perDay.TryGetValue(source, out var list))
                {
                    perDay[source] = list = [];
                }

                list.Add((DateOnly.ParseExact(r.GetString(1), "yyyy-MM-dd", CultureInfo.InvariantCulture), Convert.ToInt64(r.GetValue(2), CultureInfo.InvariantCulture)));
            }
        }

        var result = new List<SourceStatus>();
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = """
                SELECT s.source, s.last_poll, s.last_success, s.last_error_at, s.last_error,
                  (SELECT count(*) FROM articles a WHERE a.source = s.source),
                  (SELECT count(*) FROM articles a WHERE a.source = s.source AND a.ingested_at >= @since)
                FROM watch_sources s ORDER BY s.source
                """;
            Add(cmd, ("@since", now.ToUniversalTime().AddHours(-24).ToString("o", CultureInfo.InvariantCulture)));
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                var name = r.GetString(0);
                result.Add(new SourceStatus(name, Time(r, 1), Time(r, 2), Time(r, 3), Str(r, 4),
                    Convert.ToInt64(r.GetValue(5), CultureInfo.InvariantCulture), Convert.ToInt64(r.GetValue(6), CultureInfo.InvariantCulture),
                    perDay.TryGetValue(name, out var d) ? d : []));
            }
        }

        return result;
    }

    private static DateTimeOffset? Time(System.Data.Common.DbDataReader r, int i) =>
        r.IsDBNull(i) ? null : DateTimeOffset.Parse(r.GetString(i), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    /// <summary>The same ISO 8601 form as <c>ingested_at</c> (round-trip, UTC), so times compare as text.</summary>
    private static string Iso(DateTimeOffset t) => t.ToUniversalTime().ToString("o", CultureInfo.InvariantCulture);
}
