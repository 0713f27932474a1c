using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Marsad.Storage.Search;

namespace Marsad.Storage;

/// <summary>
/// Search: ranking, story collapsing, snippets and facets. Where the engine keeps <see cref="ArticleColumns"/>, a
/// query reads its full-text matches once and does the rest in memory; otherwise (and for the actor, event and
/// speaker filters) it runs in SQL.
/// </summary>
internal abstract partial class RelationalStore
{
    private const int FacetSources = 20;
    private const int ActorFacetArticles = 200;
    private const int ActorFacetSize = 20;

    /// <summary>A connection for reading many scattered pages (engines may tune it for that).</summary>
    protected virtual DbConnection ConnectForSearch() => Connect();

    /// <summary>The in-memory columns of the store as it is now, or null where the engine keeps none.</summary>
    protected virtual ArticleColumns? Columns() => null;

    public SearchResult Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = SearchQuery.Parse(request.Query);
        using var c = ConnectForSearch();
        if (query is not null && string.IsNullOrWhiteSpace(request.Actor) && string.IsNullOrWhiteSpace(request.EventType)
            && string.IsNullOrWhiteSpace(request.Speaker) && Columns() is { } columns
            && SearchColumns(c, request, query, columns) is { } result)
        {
            return result;
        }

        return SearchSql(c, request, query);
    }

    /// <summary>The SQL-only search, whatever the engine keeps in memory: what tests compare the fast path with.</summary>
    internal SearchResult SearchInSql(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var c = Connect();
        return SearchSql(c, request, SearchQuery.Parse(request.Query));
    }

    /// <summary>
    /// Reads every match with its score once; filters, totals, facets and the best candidates come from the
    /// in-memory columns. Null when a match is newer than the columns (the caller then searches in SQL).
    /// </summary>
    private SearchResult? SearchColumns(DbConnection c, SearchRequest request, SearchQuery query, ArticleColumns columns)
    {
        int? sourceFilter = null;
        if (!string.IsNullOrWhiteSpace(request.Source))
        {
            sourceFilter = columns.SourceIndex(request.Source.Trim()) ?? -2;
        }

        var from = request.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var to = request.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var dayFilter = from is null && to is null ? null : columns.DaysWithin(from, to);
        var wanted = request.Offset + request.Limit;
        var fetch = request.CollapseStories ? (wanted * 4) + 20 : wanted;
        var best = new TopCandidates(fetch);
        var bySource = new long[columns.Sources.Count + 1];
        var byDay = new long[columns.Days.Count + 1];
        long total = 0;
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = $"SELECT r.id, r.score FROM {RankedMatch} r";
            Add(cmd, ("@q", QueryText(query)));
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                var id = r.GetInt64(0);
                if (!columns.TryGet(id, out var source, out var day, out var story))
                {
                    return null;
                }

                if ((sourceFilter is { } s && s != source) || (dayFilter is not null && (day < 0 || !dayFilter[day])))
                {
                    continue;
                }

                total++;
                // Index 0 holds NULLs: column index i is counted at i + 1.
                bySource[source + 1]++;
                byDay[day + 1]++;
                best.Offer(r.GetDouble(1), id, story);
            }
        }

        var candidates = best.Sorted();
        var picked = new List<(long Id, double Score)>();
        var seenStories = new HashSet<long>();
        foreach (var (score, id, story) in candidates)
        {
            if (!request.CollapseStories || seenStories.Add(story))
            {
                picked.Add((id, score));
            }
        }

        var page = WithSnippets(c, request, query, HitRows(c, picked.Skip(request.Offset).Take(request.Limit).ToList()));
        var facets = new Dictionary<string, IReadOnlyList<FacetValue>>(StringComparer.Ordinal);
        if (request.Facets)
        {
            var sources = new Dictionary<string, long>(StringComparer.Ordinal);
            for (var i = 0; i < bySource.Length; i++)
            {
                if (bySource[i] > 0)
                {
                    sources[i == 0 ? "(unknown)" : columns.Sources[i - 1]] = bySource[i];
                }
            }

            var days = new Dictionary<string, long>(StringComparer.Ordinal);
            for (var i = 0; i < byDay.Length; i++)
            {
                if (byDay[i] > 0)
                {
                    days[i == 0 ? "(undated)" : columns.Days[i - 1]] = byDay[i];
                }
            }

            AddFacets(facets, sources, days, [.. columns.TopActors(c, [.. candidates.Select(x => x.Id).Take(ActorFacetArticles)], ActorFacetSize)
                .Select(a => new FacetValue(a.Name, a.Articles))]);
        }

        return new SearchResult(total, page, facets);
    }

    /// <summary>The store fields of the hits, in the given (ranked) order.</summary>
    private static List<SearchHit> HitRows(DbConnection c, List<(long Id, double Score)> picked)
    {
        if (picked.Count == 0)
        {
            return [];
        }

        var rows = new Dictionary<long, SearchHit>();
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = $"""
                SELECT a.id, a.key, a.url, a.title, a.source, a.published, a.story_id, s.size
                FROM articles a JOIN stories s ON s.id = a.story_id WHERE a.id IN ({InList(cmd, picked.Select(p => (object)p.Id))})
                """;
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                var id = r.GetInt64(0);
                rows[id] = new SearchHit(id, r.GetString(1), Str(r, 2), Str(r, 3), Str(r, 4), Str(r, 5), r.GetInt64(6),
                    Convert.ToInt32(r.GetValue(7), CultureInfo.InvariantCulture), 0, null);
            }
        }

        return [.. picked.Where(p => rows.ContainsKey(p.Id)).Select(p => rows[p.Id] with { Score = -p.Score })];
    }

    private static List<SearchHit> WithSnippets(DbConnection c, SearchRequest request, SearchQuery? query, List<SearchHit> page)
    {
        if (!request.Snippets || page.Count == 0)
        {
            return page;
        }

        var keys = query?.PositiveKeys ?? new HashSet<string>();
        var texts = Texts(c, page.Select(h => h.Id).ToList());
        return [.. page.Select(h => h with { Snippet = texts.TryGetValue(h.Id, out var t) ? Snippets.Make(t, keys) : null })];
    }

    private static void AddFacets(Dictionary<string, IReadOnlyList<FacetValue>> facets, Dictionary<string, long> bySource,
        Dictionary<string, long> byDay, List<FacetValue> actors)
    {
        facets["source"] = [.. bySource.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(FacetSources).Select(p => new FacetValue(p.Key, p.Value))];
        facets["day"] = [.. byDay.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new FacetValue(p.Key, p.Value))];
        facets["actor"] = actors;
    }

    /// <summary>Search in SQL alone: any engine, any filter; facets join every match to its article.</summary>
    private SearchResult SearchSql(DbConnection c, SearchRequest request, SearchQuery? query)
    {
        var parameters = new List<(string, object?)>();
        var where = Filters(request, parameters);
        string from;
        string order;
        if (query is not null)
        {
            parameters.Add(("@q", QueryText(query)));
            // Without filters the best matches are picked before any join: a common word can match most of the store.
            from = where.Length == 0
                ? $"(SELECT r.id, r.score FROM {RankedMatch} r ORDER BY r.score LIMIT @fetch) m JOIN articles a ON a.id = m.id"
                : $"{RankedMatch} m JOIN articles a ON a.id = m.id";
            order = "m.score, a.id";
        }
        else
        {
            from = "articles a";
            order = "a.published DESC, a.id DESC";
        }

        var wanted = request.Offset + request.Limit;
        var fetch = request.CollapseStories ? (wanted * 4) + 20 : wanted;
        var hits = new List<SearchHit>();
        var seenStories = new HashSet<long>();
        var candidateIds = new List<long>();
        var rows = 0;
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = $"""
                SELECT a.id, a.key, a.url, a.title, a.source, a.published, a.story_id, s.size, {(query is null ? "0.0" : "m.score")}
                FROM {from} JOIN stories s ON s.id = a.story_id {where} ORDER BY {order} LIMIT @fetch
                """;
            Add(cmd, parameters);
            Add(cmd, ("@fetch", fetch));
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                rows++;
                var id = r.GetInt64(0);
                candidateIds.Add(id);
                var story = r.GetInt64(6);
                if (request.CollapseStories && !seenStories.Add(story))
                {
                    continue;
                }

                hits.Add(new SearchHit(id, r.GetString(1), Str(r, 2), Str(r, 3), Str(r, 4), Str(r, 5), story,
                    Convert.ToInt32(r.GetValue(7), CultureInfo.InvariantCulture), -Convert.ToDouble(r.GetValue(8), CultureInfo.InvariantCulture), null));
            }
        }

        var page = WithSnippets(c, request, query, hits.Skip(request.Offset).Take(request.Limit).ToList());

        var facets = new Dictionary<string, IReadOnlyList<FacetValue>>(StringComparer.Ordinal);
        long total = rows;
        if (request.Facets || rows >= fetch)
        {
            var bySource = new Dictionary<string, long>(StringComparer.Ordinal);
            var byDay = new Dictionary<string, long>(StringComparer.Ordinal);
            total = 0;
            using (var cmd = c.CreateCommand())
            {
                var matchFrom = query is not null ? $"{Match} m JOIN articles a ON a.id = m.id" : "articles a";
                cmd.CommandText = $"SELECT a.source, a.day, count(*) FROM {matchFrom} {where} GROUP BY a.source, a.day";
                Add(cmd, parameters);
                using var r = cmd.ExecuteReader();
                while (r.Read())
                {
                    var n = Convert.ToInt64(r.GetValue(2), CultureInfo.InvariantCulture);
                    total += n;
                    var src = Str(r, 0) ?? "(unknown)";
                    var day = Str(r, 1) ?? "(undated)";
                    bySource[src] = bySource.GetValueOrDefault(src) + n;
                    byDay[day] = byDay.GetValueOrDefault(day) + n;
                }
            }

            if (request.Facets)
            {
                AddFacets(facets, bySource, byDay, ActorFacet(c, candidateIds));
            }
        }

        return new SearchResult(total, page, facets);
    }

    /// <summary>
    /// Actors of the best-ranked matches (not of every match: it bounds the cost of a query on a common word), grouped
    /// before the names are joined so each actor's row is read once, not once per mention.
    /// </summary>
    private static List<FacetValue> ActorFacet(DbConnection c, List<long> ids)
    {
        var result = new List<FacetValue>();
        if (ids.Count == 0)
        {
            return result;
        }

        using var cmd = c.CreateCommand();
        cmd.CommandText = $"""
            SELECT ac.name, x.n FROM (
              SELECT e.actor_id, count(DISTINCT e.article_id) AS n FROM entities e
              WHERE e.article_id IN ({InList(cmd, ids.Take(ActorFacetArticles).Cast<object>())}) GROUP BY e.actor_id) x
            JOIN actors ac ON ac.id = x.actor_id ORDER BY 2 DESC, 1 LIMIT {ActorFacetSize}
            """;
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            result.Add(new FacetValue(r.GetString(0), Convert.ToInt64(r.GetValue(1), CultureInfo.InvariantCulture)));
        }

        return result;
    }

    /// <summary>Adds the publication-day bounds (inclusive) of a search or a listing.</summary>
    private static void DayRange(DateOnly? from, DateOnly? to, List<string> clauses, List<(string, object?)> p)
    {
        if (from is { } f)
        {
            clauses.Add("a.day >= @from");
            p.Add(("@from", f.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        if (to is { } t)
        {
            clauses.Add("a.day <= @to");
            p.Add(("@to", t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }
    }

    private static string Filters(SearchRequest q, List<(string, object?)> p)
    {
        var clauses = new List<string>();
        DayRange(q.From, q.To, clauses, p);

        if (!string.IsNullOrWhiteSpace(q.Source))
        {
            clauses.Add("a.source = @source");
            p.Add(("@source", q.Source.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(q.Actor))
        {
            clauses.Add("""
                (EXISTS (SELECT 1 FROM entity_names n WHERE n.article_id = a.id AND n.norm = @actor)
                 OR EXISTS (SELECT 1 FROM entities e JOIN actors ac ON ac.id = e.actor_id WHERE e.article_id = a.id AND ac.code = @actorCode))
                """);
            p.Add(("@actor", NameKey(q.Actor)));
            p.Add(("@actorCode", q.Actor.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(q.EventType))
        {
            clauses.Add("EXISTS (SELECT 1 FROM events ev WHERE ev.article_id = a.id AND ev.type = @etype)");
            p.Add(("@etype", q.EventType.Trim().ToUpperInvariant()));
        }

        if (!string.IsNullOrWhiteSpace(q.Speaker))
        {
            clauses.Add("EXISTS (SELECT 1 FROM quotes qu WHERE qu.article_id = a.id AND qu.speaker_norm LIKE @speaker ESCAPE '\\')");
            p.Add(("@speaker", "%" + NameKey(q.Speaker).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%"));
        }

        return clauses.Count == 0 ? string.Empty : "WHERE " + string.Join(" AND ", clauses);
    }

    private static Dictionary<long, string> Texts(DbConnection c, List<long> ids)
    {
        var texts = new Dictionary<long, string>();
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"SELECT article_id, json FROM documents WHERE article_id IN ({InList(cmd, ids.Cast<object>())})";
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            using var json = JsonDocument.Parse(r.GetString(1));
            texts[r.GetInt64(0)] = json.RootElement.TryGetProperty("text", out var t) ? t.GetString() ?? string.Empty : string.Empty;
        }

        return texts;
    }

    /// <summary>
    /// The k best (lowest score, then lowest id: the SQL order) of a stream of matches, kept in a bounded heap so a
    /// query on a common word sorts k candidates, not every match.
    /// </summary>
    private sealed class TopCandidates(int k)
    {
        // The root is the worst kept candidate.
        private readonly PriorityQueue<(double Score, long Id, long Story), (double Score, long Id)> _heap =
            new(Comparer<(double Score, long Id)>.Create((a, b) => b.CompareTo(a)));

        public void Offer(double score, long id, long story)
        {
            if (k <= 0)
            {
                return;
            }

            if (_heap.Count < k)
            {
                _heap.Enqueue((score, id, story), (score, id));
            }
            else if (_heap.TryPeek(out _, out var worst) && (score, id).CompareTo(worst) < 0)
            {
                _heap.DequeueEnqueue((score, id, story), (score, id));
            }
        }

        public List<(double Score, long Id, long Story)> Sorted()
        {
            var list = _heap.UnorderedItems.Select(x => x.Element).ToList();
            list.Sort((a, b) => (a.Score, a.Id).CompareTo((b.Score, b.Id)));
            return list;
        }
    }
}
