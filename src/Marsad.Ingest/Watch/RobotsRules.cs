namespace Marsad.Ingest.Watch;

/// <summary>
/// A site's robots.txt as it applies to Marsad (RFC 9309): the group naming Marsad, else the '*' group; the longest
/// matching Allow/Disallow wins (Allow on a tie); '*' and '$' wildcards; Crawl-delay as a lower bound on our own delay.
/// </summary>
internal sealed class RobotsRules
{
    public static readonly RobotsRules AllowAll = new([], null);

    public static readonly RobotsRules DisallowAll = new([new Rule("/", false)], null);

    private readonly List<Rule> _rules;

    private RobotsRules(List<Rule> rules, TimeSpan? crawlDelay)
    {
        _rules = rules;
        CrawlDelay = crawlDelay;
    }

    public TimeSpan? CrawlDelay { get; }

    private sealed record Rule(string Pattern, bool Allow);

    private sealed class Group
    {
        public List<string> Agents { get; } = [];

        public List<Rule> Rules { get; } = [];

        public TimeSpan? CrawlDelay { get; set; }
    }

    public static RobotsRules Parse(string text, string productToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        var groups = new List<Group>();
        Group? current = null;
        var lastWasAgent = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw;
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0)
            {
                line = line[..hash];
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                continue;
            }

            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            switch (key)
            {
                case "user-agent":
                    if (current is null || !lastWasAgent)
                    {
                        current = new Group();
                        groups.Add(current);
                    }

                    current.Agents.Add(value.ToLowerInvariant());
                    lastWasAgent = true;
                    continue;
                case "allow" or "disallow" when current is not null:
                    if (value.Length > 0)
                    {
                        current.Rules.Add(new Rule(value, key == "allow"));
                    }

                    break;
                case "crawl-delay" when current is not null:
                    if (double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
                    {
                        current.CrawlDelay = TimeSpan.FromSeconds(Math.Min(seconds, 86_400));
                    }

                    break;
            }

            lastWasAgent = false;
        }

        var token = productToken.ToLowerInvariant();
        var mine = groups.Where(g => g.Agents.Any(a => a != "*" && token.StartsWith(a, StringComparison.Ordinal))).ToList();
        if (mine.Count == 0)
        {
            mine = groups.Where(g => g.Agents.Contains("*")).ToList();
        }

        return new RobotsRules(mine.SelectMany(g => g.Rules).ToList(), mine.Select(g => g.CrawlDelay).Max());
    }

    /// <summary>Whether Marsad may fetch <paramref name="pathAndQuery"/> (escaped, starting with '/').</summary>
    public bool IsAllowed(string pathAndQuery)
    {
        Rule? best = null;
        foreach (var rule in _rules)
        {
            if (Matches(rule.Pattern, pathAndQuery)
                && (best is null || rule.Pattern.Length > best.Pattern.Length || (rule.Pattern.Length == best.Pattern.Length && rule.Allow)))
            {
                best = rule;
            }
        }

        return best?.Allow ?? true;
    }

    private static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        var p = anchored ? pattern[..^1] : pattern;
        return Match(p.AsSpan(), path.AsSpan(), anchored);
    }

    private static bool Match(ReadOnlySpan<char> pattern, ReadOnlySpan<char> path, bool anchored)
    {
        var star = pattern.IndexOf('*');
        if (star < 0)
        {
            return anchored ? path.SequenceEqual(pattern) : path.StartsWith(pattern, StringComparison.Ordinal);
        }

        if (!path.StartsWith(pattern[..star], StringComparison.Ordinal))
        {
            return false;
        }

        var rest = pattern[(star + 1)..];
        for (var i = star; i <= path.Length; i++)
        {
            if (Match(rest, path[i..], anchored))
            {
                return true;
            }
        }

        return false;
    }
}
