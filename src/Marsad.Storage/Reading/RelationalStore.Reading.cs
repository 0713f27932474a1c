using System.Data.Common;
using System.Globalization;
using Marsad.Storage.Reading;

namespace Marsad.Storage;

/// <summary>
/// The read queries of the API and web UI: plain SQL with named parameters over the shared schema, so SQLite and
/// PostgreSQL answer the same. Listings page by keyset (never OFFSET), so a page costs the same deep in a listing.
/// </summary>
internal abstract partial class RelationalStore : IStoreReader
{
    private const int MaxPage = 500;

    private const string ActorColumns = "ac.id, ac.type, ac.name, ac.code, ac.country, ac.articles, ac.mentions, ac.first_seen, ac.last_seen";

    private const string QuoteSelect = """
        SELECT q.article_id, q.idx, a.title, a.day, q.speaker_actor, s.name, q.speaker_text, q.direct, q.text, q.start_pos, q.end_pos
        FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN actors s ON s.id = q.speaker_actor
        """;

    private const string EventSelect = """
        SELECT ev.article_id, ev.idx, a.title, a.day, ev.type, ev.mode, ev.source_actor, s.name, ev.target_actor, t.name,
          ev.trigger_text, ev.sentence_text, ev.date, ev.trigger_start, ev.trigger_end
        FROM events ev JOIN articles a ON a.id = ev.article_id
        LEFT JOIN actors s ON s.id = ev.source_actor LEFT JOIN actors t ON t.id = ev.target_actor
        """;

    public ArticleView? Article(long id) => ArticleWhere("a.id = @v", id);

    public ArticleView? ArticleByKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return ArticleWhere("a.key = @v", key);
    }

    private ArticleView? ArticleWhere(string where, object value)
    {
        using var c = Connect();
        ArticleView? view = null;
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = $"""
                SELECT a.id, a.key, a.url, a.source, a.title, a.published, a.day, a.story_id, s.size, s.first_article_id,
                  a.pipeline_version, a.ingested_at, a.analyzed_at, d.json
                FROM articles a JOIN stories s ON s.id = a.story_id JOIN documents d ON d.article_id = a.id WHERE {where}
                """;
            Add(cmd, ("@v", value));
            using var r = cmd.ExecuteReader();
            if (r.Read())
            {
                view = new ArticleView(r.GetInt64(0), r.GetString(1), Str(r, 2), Str(r, 3), Str(r, 4), Str(r, 5), Str(r, 6), r.GetInt64(7),
                    Int(r, 8), r.IsDBNull(9) ? null : r.GetInt64(9), r.GetString(10), r.GetString(11), r.GetString(12), r.GetString(13),
                    new Dictionary<string, long>(), []);
            }
        }

        if (view is null)
        {
            return null;
        }

        var actors = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (ent, actor) in Read(c, r => (r.GetString(0), r.GetInt64(1)), "SELECT ent_id, actor_id FROM entities WHERE article_id = @a", ("@a", view.Id)))
        {
            actors[ent] = actor;
        }

        var story = Read(c, r => new StoryArticle(r.GetInt64(0), r.GetString(1), Str(r, 2), Str(r, 3), Str(r, 4), Str(r, 5)),
            "SELECT id, key, title, source, published, url FROM articles WHERE story_id = @s ORDER BY published, id LIMIT 50", ("@s", view.StoryId));
        return view with { ActorOfEntity = actors, Story = story };
    }

    public Page<ActorSummary> ActorList(ActorQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var limit = Math.Clamp(query.Limit, 1, MaxPage);
        var clauses = new List<string>();
        var p = new List<(string, object?)>();
        if (!string.IsNullOrWhiteSpace(query.Name))
        {
            clauses.Add("(ac.name LIKE @name ESCAPE '\\' OR ac.code = @code OR ac.id IN (SELECT n.actor_id FROM entity_names n WHERE n.norm LIKE @norm ESCAPE '\\'))");
            p.Add(("@name", "%" + Like(query.Name.Trim()) + "%"));
            p.Add(("@code", query.Name.Trim()));
            p.Add(("@norm", "%" + Like(NameKey(query.Name)) + "%"));
        }

        if (!string.IsNullOrWhiteSpace(query.Type))
        {
            clauses.Add("ac.type = @type");
            p.Add(("@type", query.Type.Trim().ToUpperInvariant()));
        }

        if (ParseCursor(query.Cursor) is var (articles, id))
        {
            clauses.Add("(ac.articles < @ca OR (ac.articles = @ca AND ac.id > @ci))");
            p.Add(("@ca", articles));
            p.Add(("@ci", id));
        }

        p.Add(("@n", limit + 1));
        using var c = Connect();
        var items = Read(c, r => ActorOf(r, 0), $"SELECT {ActorColumns} FROM actors ac {Where(clauses)} ORDER BY ac.articles DESC, ac.id LIMIT @n", [.. p]);

        return Paged(items, limit, a => Cursor(a.Articles, a.Id));
    }

    public ActorDetail? Actor(long id, int limit = 50)
    {
        limit = Math.Clamp(limit, 1, MaxPage);
        using var c = Connect();
        var actor = ActorById(c, id);
        if (actor is null)
        {
            return null;
        }

        var aliases = new List<FacetValue>();
        aliases.AddRange(Read(c, r => new FacetValue(r.GetString(0), Long(r, 1)), "SELECT name, count(DISTINCT article_id) FROM entity_names WHERE actor_id = @a GROUP BY name ORDER BY 2 DESC, 1 LIMIT 50", ("@a", id)));

        var roles = new List<RoleSpan>();
        roles.AddRange(Read(c, r => new RoleSpan(r.GetString(0), Str(r, 1), Str(r, 2), Long(r, 3)), "SELECT role, min(day), max(day), count(DISTINCT article_id) FROM entity_roles WHERE actor_id = @a GROUP BY role ORDER BY 2, 1 LIMIT 100", ("@a", id)));

        var perDay = DayCounts(c, "SELECT a.day, sum(e.mentions) FROM entities e JOIN articles a ON a.id = e.article_id WHERE e.actor_id = @a AND a.day IS NOT NULL GROUP BY a.day ORDER BY a.day", ("@a", id));
        var co = Read(c, r => new CoActor(r.GetInt64(0), r.GetString(1), r.GetString(2), Long(r, 3)),
            """
            SELECT ac.id, ac.name, ac.type, count(DISTINCT o.article_id) FROM entities e JOIN entities o ON o.article_id = e.article_id AND o.actor_id <> e.actor_id
            JOIN actors ac ON ac.id = o.actor_id WHERE e.actor_id = @a GROUP BY ac.id, ac.name, ac.type ORDER BY 4 DESC, ac.id LIMIT 30
            """, ("@a", id));
        var quotes = Quotes(c, $"{QuoteSelect} WHERE q.speaker_actor = @a ORDER BY q.article_id DESC, q.idx LIMIT @n", ("@a", id), ("@n", limit));
        var asSource = Events(c, $"{EventSelect} WHERE ev.source_actor = @a ORDER BY ev.article_id DESC, ev.idx LIMIT @n", ("@a", id), ("@n", limit));
        var asTarget = Events(c, $"{EventSelect} WHERE ev.target_actor = @a ORDER BY ev.article_id DESC, ev.idx LIMIT @n", ("@a", id), ("@n", limit));
        return new ActorDetail(actor, aliases, roles, perDay, co, quotes, asSource, asTarget);
    }

    public PairView? Pair(long first, long second, int limit = 200)
    {
        limit = Math.Clamp(limit, 1, MaxPage);
        using var c = Connect();
        var a = ActorById(c, first);
        var b = ActorById(c, second);
        if (a is null || b is null)
        {
            return null;
        }

        var events = Events(c,
            $"""
            {EventSelect} WHERE (ev.source_actor = @x AND ev.target_actor = @y) OR (ev.source_actor = @y AND ev.target_actor = @x)
            ORDER BY coalesce(ev.date, a.day), ev.article_id, ev.idx LIMIT @n
            """, ("@x", first), ("@y", second), ("@n", limit));
        var quotes = Quotes(c,
            $"""
            {QuoteSelect} WHERE (q.speaker_actor = @x AND EXISTS (SELECT 1 FROM entities e WHERE e.article_id = q.article_id AND e.actor_id = @y))
              OR (q.speaker_actor = @y AND EXISTS (SELECT 1 FROM entities e WHERE e.article_id = q.article_id AND e.actor_id = @x))
            ORDER BY a.day, q.article_id, q.idx LIMIT @n
            """, ("@x", first), ("@y", second), ("@n", limit));
        var shared = DayCounts(c,
            """
            SELECT a.day, count(*) FROM entities e JOIN entities o ON o.article_id = e.article_id JOIN articles a ON a.id = e.article_id
            WHERE e.actor_id = @x AND o.actor_id = @y AND a.day IS NOT NULL GROUP BY a.day ORDER BY a.day
            """, ("@x", first), ("@y", second));
        return new PairView(a, b, events, quotes, shared);
    }

    public Page<QuoteItem> QuoteList(FactQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (clauses, p, limit) = FactFilters(query, "q");
        if (query.Actor is { } actor)
        {
            clauses.Add("q.speaker_actor = @actor");
            p.Add(("@actor", actor));
        }

        using var c = Connect();
        var items = Quotes(c, $"{QuoteSelect} {Where(clauses)} ORDER BY q.article_id DESC, q.idx LIMIT @n", [.. p]);
        return Paged(items, limit, q => Cursor(q.ArticleId, q.Index));
    }

    public Page<EventItem> EventList(FactQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (clauses, p, limit) = FactFilters(query, "ev");
        if (query.Actor is { } actor)
        {
            clauses.Add("(ev.source_actor = @actor OR ev.target_actor = @actor)");
            p.Add(("@actor", actor));
        }

        if (!string.IsNullOrWhiteSpace(query.Type))
        {
            clauses.Add("ev.type = @type");
            p.Add(("@type", query.Type.Trim().ToUpperInvariant()));
        }

        using var c = Connect();
        var items = Events(c, $"{EventSelect} {Where(clauses)} ORDER BY ev.article_id DESC, ev.idx LIMIT @n", [.. p]);
        return Paged(items, limit, e => Cursor(e.ArticleId, e.Index));
    }

    public Dashboard Dashboard(int days = 120, int topActors = 15)
    {
        using var c = Connect();
        long Count(string sql) => Convert.ToInt64(Scalar(c, null, sql) ?? 0L, CultureInfo.InvariantCulture);
        var perDay = DayCounts(c, "SELECT day, count(*) FROM articles WHERE day IS NOT NULL GROUP BY day ORDER BY day");
        // The most recent days that have articles: a corpus from 2015 still draws a useful chart today.
        var recent = perDay.Skip(Math.Max(0, perDay.Count - Math.Max(1, days))).ToList();
        var top = (Read(c, r => ActorOf(r, 0), $"SELECT {ActorColumns} FROM actors ac ORDER BY ac.articles DESC, ac.id LIMIT @n", ("@n", Math.Clamp(topActors, 1, 100))));

        var types = recent.Count == 0 ? [] : Read(c, r => r.IsDBNull(0) ? null : new TypeDayCount(r.GetString(0), r.GetString(1), Long(r, 2)),
            """
            SELECT coalesce(ev.date, a.day) AS d, ev.type, count(*) FROM events ev JOIN articles a ON a.id = ev.article_id
            WHERE coalesce(ev.date, a.day) >= @from GROUP BY coalesce(ev.date, a.day), ev.type ORDER BY 1, 2
            """, ("@from", recent[0].Day)).OfType<TypeDayCount>().ToList();

        return new Dashboard(Count("SELECT count(*) FROM articles"), Count("SELECT count(*) FROM actors"), Count("SELECT count(*) FROM events"),
            Count("SELECT count(*) FROM quotes"), recent, top, types);
    }

    private static (List<string> Clauses, List<(string, object?)> Parameters, int Limit) FactFilters(FactQuery query, string alias)
    {
        var clauses = new List<string>();
        var p = new List<(string, object?)>();
        var limit = Math.Clamp(query.Limit, 1, MaxPage);
        DayRange(query.From, query.To, clauses, p);

        if (ParseCursor(query.Cursor) is var (article, idx))
        {
            clauses.Add($"({alias}.article_id < @ca OR ({alias}.article_id = @ca AND {alias}.idx > @ci))");
            p.Add(("@ca", article));
            p.Add(("@ci", idx));
        }

        p.Add(("@n", limit + 1));
        return (clauses, p, limit);
    }

    private static ActorSummary? ActorById(DbConnection c, long id) =>
        Read(c, r => ActorOf(r, 0), $"SELECT {ActorColumns} FROM actors ac WHERE ac.id = @a", ("@a", id)).FirstOrDefault();

    private static ActorSummary ActorOf(DbDataReader r, int o) =>
        new(r.GetInt64(o), r.GetString(o + 1), r.GetString(o + 2), Str(r, o + 3), Str(r, o + 4), Long(r, o + 5), Long(r, o + 6), Str(r, o + 7), Str(r, o + 8));

    private static List<QuoteItem> Quotes(DbConnection c, string sql, params (string, object?)[] parameters) => Read(c,
        r => new QuoteItem(r.GetInt64(0), Int(r, 1), Str(r, 2), Str(r, 3), r.IsDBNull(4) ? null : r.GetInt64(4), Str(r, 5), Str(r, 6),
            Int(r, 7) != 0, r.GetString(8), Int(r, 9), Int(r, 10)),
        sql, parameters);

    private static List<EventItem> Events(DbConnection c, string sql, params (string, object?)[] parameters) => Read(c,
        r => new EventItem(r.GetInt64(0), Int(r, 1), Str(r, 2), Str(r, 3), r.GetString(4), Str(r, 5),
            r.IsDBNull(6) ? null : r.GetInt64(6), Str(r, 7), r.IsDBNull(8) ? null : r.GetInt64(8), Str(r, 9),
            r.GetString(10), r.GetString(11), Str(r, 12), Int(r, 13), Int(r, 14)),
        sql, parameters);

    private static List<DayCount> DayCounts(DbConnection c, string sql, params (string, object?)[] parameters) =>
        Read(c, r => new DayCount(r.GetString(0), Long(r, 1)), sql, parameters);

    private static List<T> Read<T>(DbConnection c, Func<DbDataReader, T> map, string sql, params (string, object?)[] parameters)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        Add(cmd, parameters);
        using var r = cmd.ExecuteReader();
        var list = new List<T>();
        while (r.Read())
        {
            list.Add(map(r));
        }

        return list;
    }

    private static Page<T> Paged<T>(List<T> items, int limit, Func<T, string> cursor) =>
        items.Count > limit ? new Page<T>(items.GetRange(0, limit), cursor(items[limit - 1])) : new Page<T>(items, null);

    private static string Where(List<string> clauses) => clauses.Count == 0 ? string.Empty : "WHERE " + string.Join(" AND ", clauses);

    private static string Cursor(long a, long b) => string.Create(CultureInfo.InvariantCulture, $"{a}.{b}");

    /// <summary>Two integers "a.b"; anything else is the caller's mistake, reported as such.</summary>
    private static (long, long)? ParseCursor(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }

        var dot = cursor.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0
            && long.TryParse(cursor.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var a)
            && long.TryParse(cursor.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var b))
        {
            return (a, b);
        }

        throw new StoreException("invalid cursor");
    }

    private static string Like(string s) =>
        s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    private static long Long(DbDataReader r, int i) => r.IsDBNull(i) ? 0 : Convert.ToInt64(r.GetValue(i), CultureInfo.InvariantCulture);

    private static int Int(DbDataReader r, int i) => r.IsDBNull(i) ? 0 : Convert.ToInt32(r.GetValue(i), CultureInfo.InvariantCulture);
}
