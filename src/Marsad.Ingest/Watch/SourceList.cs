using System.Globalization;
using Marsad.Core;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Marsad.Ingest.Watch;

/// <summary>One news source to follow: its feeds and/or news sitemaps, how often to poll, its language and time zone.</summary>
internal sealed record NewsSource
{
    public required string Name { get; init; }

    public IReadOnlyList<string> Feeds { get; init; } = [];

    public IReadOnlyList<string> Sitemaps { get; init; } = [];

    public TimeSpan PollInterval { get; init; } = SourceList.DefaultInterval;

    /// <summary>The language of the source's articles (e.g. "ar"), used when a page does not say.</summary>
    public string? Language { get; init; }

    /// <summary>IANA time zone (e.g. "Asia/Riyadh") for feed dates written without an offset.</summary>
    public string? TimeZone { get; init; }

    public TimeZoneInfo? Zone => TimeZone is null ? null : TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out var z) ? z : null;
}

/// <summary>sources.yaml: the list of sources <c>marsad watch</c> follows, read and edited by <c>marsad sources</c>.</summary>
internal static class SourceList
{
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan MinInterval = TimeSpan.FromSeconds(10);

    // The file's shape, as YAML sees it (mutable because the deserializer fills it in).
    private sealed class FileModel
    {
        public List<SourceModel> Sources { get; set; } = [];
    }

    private sealed class SourceModel
    {
        public string? Name { get; set; }

        public List<string>? Feeds { get; set; }

        public List<string>? Sitemaps { get; set; }

        public string? Interval { get; set; }

        public string? Language { get; set; }

        public string? Timezone { get; set; }
    }

    public static IReadOnlyList<NewsSource> Load(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        FileModel? model;
        try
        {
            var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
            model = deserializer.Deserialize<FileModel?>(File.ReadAllText(path));
        }
        catch (YamlException ex)
        {
            throw new MarsadInputException($"{path}: invalid YAML at line {ex.Start.Line}: {ex.InnerException?.Message ?? ex.Message}", ex);
        }

        var sources = new List<NewsSource>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var s in model?.Sources ?? [])
        {
            if (string.IsNullOrWhiteSpace(s.Name))
            {
                throw new MarsadInputException($"{path}: a source has no name");
            }

            if (!names.Add(s.Name))
            {
                throw new MarsadInputException($"{path}: source '{s.Name}' is listed twice");
            }

            var feeds = s.Feeds ?? [];
            var sitemaps = s.Sitemaps ?? [];
            foreach (var url in feeds.Concat(sitemaps))
            {
                if (!Uri.TryCreate(url, UriKind.Absolute, out var u) || (u.Scheme != Uri.UriSchemeHttp && u.Scheme != Uri.UriSchemeHttps))
                {
                    throw new MarsadInputException($"{path}: source '{s.Name}': '{url}' is not an http(s) URL");
                }
            }

            if (s.Timezone is not null && !TimeZoneInfo.TryFindSystemTimeZoneById(s.Timezone, out _))
            {
                throw new MarsadInputException($"{path}: source '{s.Name}': unknown time zone '{s.Timezone}'");
            }

            sources.Add(new NewsSource
            {
                Name = s.Name,
                Feeds = feeds,
                Sitemaps = sitemaps,
                PollInterval = s.Interval is null ? DefaultInterval : ParseInterval(s.Interval) ?? throw new MarsadInputException($"{path}: source '{s.Name}': bad interval '{s.Interval}' (use e.g. 90s, 5m, 1h)"),
                Language = s.Language,
                TimeZone = s.Timezone,
            });
        }

        return sources;
    }

    public static void Save(string path, IReadOnlyList<NewsSource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var model = new FileModel
        {
            Sources = sources.Select(s => new SourceModel
            {
                Name = s.Name,
                Feeds = s.Feeds.Count > 0 ? s.Feeds.ToList() : null,
                Sitemaps = s.Sitemaps.Count > 0 ? s.Sitemaps.ToList() : null,
                Interval = FormatInterval(s.PollInterval),
                Language = s.Language,
                Timezone = s.TimeZone,
            }).ToList(),
        };
        var serializer = new SerializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull)
            .Build();
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        // Write aside and rename: a watcher reading the file never sees half of it.
        var temp = full + ".tmp";
        File.WriteAllText(temp, "# Sources for 'marsad watch'. Edit by hand or with 'marsad sources add/remove'.\n" + serializer.Serialize(model));
        File.Move(temp, full, overwrite: true);
    }

    /// <summary>"90s", "5m", "1h", "1h30m" or "00:05:00".</summary>
    public static TimeSpan? ParseInterval(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim().ToLowerInvariant();
        if (TimeSpan.TryParseExact(t, "c", CultureInfo.InvariantCulture, out var exact) && t.Contains(':', StringComparison.Ordinal))
        {
            return exact >= MinInterval ? exact : null;
        }

        var total = TimeSpan.Zero;
        var number = 0L;
        var digits = 0;
        foreach (var c in t)
        {
            if (char.IsAsciiDigit(c))
            {
                number = number * 10 + (c - '0');
                digits++;
                if (digits > 9)
                {
                    return null;
                }

                continue;
            }

            if (digits == 0)
            {
                return null;
            }

            total += c switch
            {
                's' => TimeSpan.FromSeconds(number),
                'm' => TimeSpan.FromMinutes(number),
                'h' => TimeSpan.FromHours(number),
                'd' => TimeSpan.FromDays(number),
                _ => TimeSpan.MinValue,
            };
            if (total < TimeSpan.Zero)
            {
                return null;
            }

            number = 0;
            digits = 0;
        }

        if (digits > 0)
        {
            total += TimeSpan.FromMinutes(number); // a bare number means minutes
        }

        return total >= MinInterval ? total : null;
    }

    public static string FormatInterval(TimeSpan t)
    {
        if (t.TotalHours >= 1 && t.Ticks % TimeSpan.TicksPerHour == 0)
        {
            return ((long)t.TotalHours).ToString(CultureInfo.InvariantCulture) + "h";
        }

        if (t.Ticks % TimeSpan.TicksPerMinute == 0)
        {
            return ((long)t.TotalMinutes).ToString(CultureInfo.InvariantCulture) + "m";
        }

        return ((long)t.TotalSeconds).ToString(CultureInfo.InvariantCulture) + "s";
    }
}
