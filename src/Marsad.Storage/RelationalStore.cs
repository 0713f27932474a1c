using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Marsad.Core;
using Marsad.Storage.Search;
using Marsad.Storage.Stories;

namespace Marsad.Storage;

/// <summary>
/// What SQLite and PostgreSQL share: the schema, upserts, story assignment, actors and search over plain SQL with
/// named parameters. The engines differ only in connections, DDL types, full-text matching and write locking.
/// </summary>
internal abstract partial class RelationalStore : IStore
{
    private const int PageSize = 500;

    public abstract string Kind { get; }

    protected abstract DbConnection Connect();

    /// <summary>Migrations after the shared schema text is rendered for this engine; index i is version i + 1.</summary>
    protected abstract IReadOnlyList<IReadOnlyList<string>> Migrations { get; }

    /// <summary>Serializes writers where the engine does not (PostgreSQL), so story assignment sees every earlier article.</summary>
    protected virtual void LockWriters(DbConnection connection, DbTransaction transaction) { }

    protected virtual void AfterMigrations(DbConnection connection) { }

    protected abstract void Index(Batch batch, long id, ArticleRecord article, bool replace);

    /// <summary>A subquery yielding (id, score) of articles matching; lower score is better.</summary>
    protected abstract string RankedMatch { get; }

    /// <summary>A subquery yielding (id) of articles matching.</summary>
    protected abstract string Match { get; }

    protected abstract string QueryText(SearchQuery query);

    public abstract void Dispose();

    public int SchemaVersion { get; private set; }

    protected void Migrate()
    {
        using var c = Connect();
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)";
            cmd.ExecuteNonQuery();
        }

        using (var tx = c.BeginTransaction())
        {
            LockWriters(c, tx);
            var current = Convert.ToInt32(Scalar(c, tx, "SELECT coalesce(max(version), 0) FROM schema_version") ?? 0, CultureInfo.InvariantCulture);
            if (current > Migrations.Count)
            {
                throw new StoreException($"the store has schema version {current}, newer than this Marsad ({Migrations.Count}); upgrade Marsad");
            }

            for (var v = current; v < Migrations.Count; v++)
            {
                foreach (var sql in Migrations[v])
                {
                    Exec(c, tx, sql);
                }

                Exec(c, tx, "INSERT INTO schema_version(version) VALUES (@v)", ("@v", v + 1));
            }

            tx.Commit();
            SchemaVersion = Migrations.Count;
        }

        AfterMigrations(c);
    }

    public virtual IReadOnlySet<string> Claim(IReadOnlyList<string> unitKeys, string worker, TimeSpan lease)
    {
        ArgumentNullException.ThrowIfNull(unitKeys);
        var open = new HashSet<string>(unitKeys, StringComparer.Ordinal);
        if (open.Count == 0)
        {
            return open;
        }

        using var c = Connect();
        foreach (var chunk in open.ToList().Chunk(200))
        {
            using var cmd = c.CreateCommand();
            cmd.CommandText = $"SELECT unit_key FROM inputs WHERE unit_key IN ({InList(cmd, chunk)})";
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                open.Remove(r.GetString(0));
            }
        }

        return ClaimOpen(c, open, worker, lease);
    }

    /// <summary>Takes leases on units no one has finished; SQLite has one writer process and takes none.</summary>
    protected virtual IReadOnlySet<string> ClaimOpen(DbConnection connection, HashSet<string> open, string worker, TimeSpan lease) => open;

    public WriteSummary Write(IReadOnlyList<ArticleRecord> articles, IReadOnlyList<IngestFailure> failures)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(failures);
        using var c = Connect();
        using var tx = c.BeginTransaction();
        LockWriters(c, tx);
        using var batch = new Batch(c, tx);
        int inserted = 0, replaced = 0, duplicates = 0;
        var touchedActors = new HashSet<long>();
        var now = DateTimeOffset.UtcNow.ToString("o", CultureInfo.InvariantCulture);
        foreach (var a in articles)
        {
            long? existing = null;
            using (var r = batch.Query("SELECT id FROM articles WHERE key = @k", ("@k", a.Key)))
            {
                if (r.Read())
                {
                    existing = r.GetInt64(0);
                }
            }

            long id;
            if (existing is { } found)
            {
                if (!a.Replace)
                {
                    duplicates++;
                    MarkDone(batch, a.UnitKey, found, now);
                    continue;
                }

                id = found;
                batch.Exec(
                    "UPDATE articles SET doc_id=@d, url=@u, source=@s, title=@t, published=@p, day=@day, pipeline_version=@v, analyzed_at=@now WHERE id=@id",
                    ("@d", a.Document.Id), ("@u", a.Document.Url), ("@s", a.Source), ("@t", a.Document.Title), ("@p", a.Published),
                    ("@day", a.Day), ("@v", a.PipelineVersion), ("@now", now), ("@id", id));
                batch.Exec("UPDATE documents SET json = @j WHERE article_id = @id", ("@j", a.Json), ("@id", id));
                touchedActors.UnionWith(DeleteFacts(batch, id));
                Index(batch, id, a, replace: true);
                replaced++;
            }
            else
            {
                var story = FindStory(batch, a);
                id = Convert.ToInt64(batch.Scalar(
                    """
                    INSERT INTO articles (key, doc_id, url, source, title, published, day, content_hash, story_id, pipeline_version,
                      ingested_at, analyzed_at)
                    VALUES (@k, @d, @u, @s, @t, @p, @day, @h, @story, @v, @now, @now) RETURNING id
                    """,
                    ("@k", a.Key), ("@d", a.Document.Id), ("@u", a.Document.Url), ("@s", a.Source), ("@t", a.Document.Title),
                    ("@p", a.Published), ("@day", a.Day), ("@h", a.ContentHash), ("@story", story), ("@v", a.PipelineVersion),
                    ("@now", now)), CultureInfo.InvariantCulture);
                batch.Exec("INSERT INTO documents (article_id, json, signature) VALUES (@id, @j, @sig)",
                    ("@id", id), ("@j", a.Json), ("@sig", a.Signature?.ToBytes()));
                JoinStory(batch, story, id, a.Published);
                if (a.Signature is { } sig)
                {
                    var keys = sig.BandKeys();
                    var parameters = keys.Select((k, i) => ($"@h{i}", (object?)k)).Append(("@a", id)).ToArray();
                    batch.Exec(LshInsert, parameters);
                }

                Index(batch, id, a, replace: false);
                inserted++;
            }

            touchedActors.UnionWith(InsertFacts(batch, id, a));
            MarkDone(batch, a.UnitKey, id, now);
            batch.Exec("DELETE FROM failures WHERE unit_key = @u", ("@u", a.UnitKey));
        }

        foreach (var f in failures)
        {
            batch.Exec(
                "INSERT INTO failures (unit_key, input, reason, at) VALUES (@u, @i, @r, @at) ON CONFLICT (unit_key) DO UPDATE SET reason = excluded.reason, at = excluded.at",
                ("@u", f.UnitKey), ("@i", f.Input), ("@r", f.Reason), ("@at", f.At.ToString("o", CultureInfo.InvariantCulture)));
            MarkDone(batch, f.UnitKey, null, now);
        }

        foreach (var actor in touchedActors)
        {
            batch.Exec(
                """
                UPDATE actors SET
                  articles = (SELECT count(*) FROM entities e WHERE e.actor_id = @a),
                  mentions = (SELECT coalesce(sum(e.mentions), 0) FROM entities e WHERE e.actor_id = @a),
                  first_seen = (SELECT min(x.day) FROM entities e JOIN articles x ON x.id = e.article_id WHERE e.actor_id = @a),
                  last_seen = (SELECT max(x.day) FROM entities e JOIN articles x ON x.id = e.article_id WHERE e.actor_id = @a)
                WHERE id = @a
                """, ("@a", actor));
        }

        batch.Flush();
        tx.Commit();
        return new WriteSummary(inserted, replaced, duplicates, failures.Count);
    }

    private static readonly string LshInsert = "INSERT INTO lsh (h, article_id) VALUES "
        + string.Join(", ", Enumerable.Range(0, StorySignature.Bands).Select(i => $"(@h{i}, @a)"));

    private static void MarkDone(Batch batch, string unitKey, long? articleId, string now)
    {
        // Reanalysis has no input unit: nothing to mark.
        if (unitKey.Length == 0 || unitKey.StartsWith("reanalyze:", StringComparison.Ordinal))
        {
            return;
        }

        batch.Exec("INSERT INTO inputs (unit_key, article_id, done_at) VALUES (@u, @a, @t) ON CONFLICT (unit_key) DO NOTHING",
            ("@u", unitKey), ("@a", articleId), ("@t", now));
        // A finished unit's lease never expires, so a worker waiting on the same claim cannot take it after commit.
        batch.Exec("UPDATE claims SET lease_until = @max WHERE unit_key = @u", ("@max", long.MaxValue), ("@u", unitKey));
        // A page kept for a unit (watch, fetched before a restart) is not needed once the unit is done.
        batch.Exec("DELETE FROM pending_pages WHERE unit_key = @u", ("@u", unitKey));
    }

    /// <summary>The story of an exact copy (same content hash), else of the most similar near-duplicate, else a new one.</summary>
    private static long FindStory(Batch batch, ArticleRecord a)
    {
        if (a.ContentHash is { } hash)
        {
            var same = batch.Scalar("SELECT story_id FROM articles WHERE content_hash = @h LIMIT 1", ("@h", hash));
            if (same is not null and not DBNull)
            {
                return Convert.ToInt64(same, CultureInfo.InvariantCulture);
            }
        }

        if (a.Signature is { } sig)
        {
            var keys = sig.BandKeys();
            var parameters = keys.Select((k, i) => ($"@h{i}", (object?)k)).ToArray();
            var sql = "SELECT a.story_id, d.signature FROM articles a JOIN documents d ON d.article_id = a.id WHERE a.id IN (SELECT article_id FROM lsh WHERE h IN ("
                + string.Join(", ", parameters.Select(p => p.Item1)) + ") LIMIT 400)";
            double best = 0;
            long bestStory = 0;
            using (var r = batch.Query(sql, parameters))
            {
                while (r.Read())
                {
                    if (r.IsDBNull(1))
                    {
                        continue;
                    }

                    var other = StorySignature.FromBytes((byte[])r.GetValue(1));
                    var s = sig.Similarity(other);
                    if (s > best)
                    {
                        best = s;
                        bestStory = r.GetInt64(0);
                    }
                }
            }

            if (best >= StorySignature.SameStory)
            {
                return bestStory;
            }
        }

        return Convert.ToInt64(batch.Scalar("INSERT INTO stories (first_article_id, first_published, size) VALUES (NULL, NULL, 0) RETURNING id"), CultureInfo.InvariantCulture);
    }

    /// <summary>Counts the member and marks it earliest when it was published before every earlier member (or is the first).</summary>
    private static void JoinStory(Batch batch, long story, long id, string? published)
    {
        batch.Exec(
            """
            UPDATE stories SET size = size + 1,
              first_article_id = CASE WHEN first_article_id IS NULL OR (CAST(@p AS TEXT) IS NOT NULL AND (first_published IS NULL OR CAST(@p AS TEXT) < first_published)) THEN @id ELSE first_article_id END,
              first_published = CASE WHEN first_article_id IS NULL OR (CAST(@p AS TEXT) IS NOT NULL AND (first_published IS NULL OR CAST(@p AS TEXT) < first_published)) THEN CAST(@p AS TEXT) ELSE first_published END
            WHERE id = @s
            """, ("@p", published), ("@id", id), ("@s", story));
    }

    private static HashSet<long> DeleteFacts(Batch batch, long id)
    {
        var actors = new HashSet<long>();
        using (var r = batch.Query("SELECT actor_id FROM entities WHERE article_id = @a", ("@a", id)))
        {
            while (r.Read())
            {
                actors.Add(r.GetInt64(0));
            }
        }

        foreach (var table in (string[])["entities", "mentions", "entity_names", "entity_roles", "quotes", "events"])
        {
            batch.Exec($"DELETE FROM {table} WHERE article_id = @a", ("@a", id));
        }

        return actors;
    }

    private static HashSet<long> InsertFacts(Batch batch, long id, ArticleRecord a)
    {
        var d = a.Document;
        var actorOf = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var e in d.Entities)
        {
            var actor = Convert.ToInt64(batch.Scalar(
                """
                INSERT INTO actors (key, type, name, code, country) VALUES (@k, @t, @n, @c, @co)
                ON CONFLICT (key) DO UPDATE SET
                  name = CASE WHEN length(excluded.name) > length(actors.name) THEN excluded.name ELSE actors.name END,
                  country = coalesce(actors.country, excluded.country)
                RETURNING id
                """,
                ("@k", ArticleKeys.Actor(e)), ("@t", e.Type), ("@n", e.Name), ("@c", e.Code), ("@co", e.Country)), CultureInfo.InvariantCulture);
            actorOf[e.Id] = actor;
            batch.Exec(
                "INSERT INTO entities (article_id, ent_id, actor_id, type, name, country, mentions) VALUES (@a, @e, @ac, @t, @n, @co, @m) ON CONFLICT DO NOTHING",
                ("@a", id), ("@e", e.Id), ("@ac", actor), ("@t", e.Type), ("@n", e.Name), ("@co", e.Country), ("@m", e.Mentions.Count));
            foreach (var m in e.Mentions)
            {
                batch.Exec("INSERT INTO mentions (article_id, ent_id, start_pos, end_pos) VALUES (@a, @e, @s, @x)",
                    ("@a", id), ("@e", e.Id), ("@s", m.Start), ("@x", m.End));
            }

            foreach (var name in e.Aliases.Prepend(e.Name).Distinct(StringComparer.Ordinal))
            {
                batch.Exec("INSERT INTO entity_names (article_id, actor_id, name, norm) VALUES (@a, @ac, @n, @norm)",
                    ("@a", id), ("@ac", actor), ("@n", name), ("@norm", NameKey(name)));
            }

            foreach (var role in e.Roles.Distinct(StringComparer.Ordinal))
            {
                batch.Exec("INSERT INTO entity_roles (article_id, actor_id, role, day) VALUES (@a, @ac, @r, @d)",
                    ("@a", id), ("@ac", actor), ("@r", role), ("@d", a.Day));
            }
        }

        for (var i = 0; i < d.Quotes.Count; i++)
        {
            var q = d.Quotes[i];
            long? speaker = q.Speaker is not null && actorOf.TryGetValue(q.Speaker, out var sa) ? sa : null;
            var speakerName = q.Speaker is not null ? d.Entities.FirstOrDefault(e => e.Id == q.Speaker)?.Name : null;
            batch.Exec(
                """
                INSERT INTO quotes (article_id, idx, speaker_actor, speaker_text, speaker_norm, direct, start_pos, end_pos, text)
                VALUES (@a, @i, @sa, @st, @sn, @d, @s, @e, @t)
                """,
                ("@a", id), ("@i", i), ("@sa", speaker), ("@st", q.SpeakerText), ("@sn", NameKey(speakerName ?? q.SpeakerText ?? string.Empty)),
                ("@d", q.Direct ? 1 : 0), ("@s", q.Start), ("@e", q.End), ("@t", Slice(d.Text, q.Start, q.End)));
        }

        for (var i = 0; i < d.Events.Count; i++)
        {
            var e = d.Events[i];
            long? src = e.Source is not null && actorOf.TryGetValue(e.Source, out var s1) ? s1 : null;
            long? tgt = e.Target is not null && actorOf.TryGetValue(e.Target, out var t1) ? t1 : null;
            var sentence = e.Sentence >= 0 && e.Sentence < d.Sentences.Count ? Slice(d.Text, d.Sentences[e.Sentence].Start, d.Sentences[e.Sentence].End) : string.Empty;
            batch.Exec(
                """
                INSERT INTO events (article_id, idx, type, mode, source_actor, target_actor, trigger_start, trigger_end, trigger_text, sentence_text, date)
                VALUES (@a, @i, @t, @m, @s, @g, @ts, @te, @tt, @st, @d)
                """,
                ("@a", id), ("@i", i), ("@t", e.Type), ("@m", e.Mode), ("@s", src), ("@g", tgt), ("@ts", e.Trigger.Start), ("@te", e.Trigger.End),
                ("@tt", Slice(d.Text, e.Trigger.Start, e.Trigger.End)), ("@st", sentence), ("@d", e.Date));
        }

        return [.. actorOf.Values];
    }

    private static string Slice(string text, int start, int end) =>
        start >= 0 && end <= text.Length && start <= end ? text[start..end] : string.Empty;

    /// <summary>The form names are matched in: normalized words joined by one space.</summary>
    internal static string NameKey(string name) => string.Join(' ', StorySignature.Words(name));

    public SearchResult Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = SearchQuery.Parse(request.Query);
        using var c = Connect();
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

        var page = hits.Skip(request.Offset).Take(request.Limit).ToList();
        if (request.Snippets && page.Count > 0)
        {
            var keys = query?.PositiveKeys ?? new HashSet<string>();
            var texts = Texts(c, page.Select(h => h.Id).ToList());
            page = [.. page.Select(h => h with { Snippet = texts.TryGetValue(h.Id, out var t) ? Snippets.Make(t, keys) : null })];
        }

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
                facets["source"] = [.. bySource.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(20).Select(p => new FacetValue(p.Key, p.Value))];
                facets["day"] = [.. byDay.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new FacetValue(p.Key, p.Value))];
                facets["actor"] = ActorFacet(c, candidateIds);
            }
        }

        return new SearchResult(total, page, facets);
    }

    /// <summary>Actors of the best-ranked matches (not of every match: it bounds the cost of a query on a common word).</summary>
    private static List<FacetValue> ActorFacet(DbConnection c, List<long> ids)
    {
        var result = new List<FacetValue>();
        if (ids.Count == 0)
        {
            return result;
        }

        using var cmd = c.CreateCommand();
        cmd.CommandText = $"""
            SELECT ac.name, count(DISTINCT e.article_id) FROM entities e JOIN actors ac ON ac.id = e.actor_id
            WHERE e.article_id IN ({InList(cmd, ids.Take(200).Cast<object>())}) GROUP BY ac.id, ac.name ORDER BY 2 DESC, 1 LIMIT 20
            """;
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            result.Add(new FacetValue(r.GetString(0), Convert.ToInt64(r.GetValue(1), CultureInfo.InvariantCulture)));
        }

        return result;
    }

    private static string Filters(SearchRequest q, List<(string, object?)> p)
    {
        var clauses = new List<string>();
        if (q.From is { } from)
        {
            clauses.Add("a.day >= @from");
            p.Add(("@from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        if (q.To is { } to)
        {
            clauses.Add("a.day <= @to");
            p.Add(("@to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

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

    public StoreStats Stats()
    {
        using var c = Connect();
        long Count(string sql) => Convert.ToInt64(Scalar(c, null, sql) ?? 0L, CultureInfo.InvariantCulture);
        var sources = Pairs(c, "SELECT coalesce(source, '(unknown)'), count(*) FROM articles GROUP BY source ORDER BY 2 DESC");
        var versions = Pairs(c, "SELECT pipeline_version, count(*) FROM articles GROUP BY pipeline_version ORDER BY 2 DESC");
        return new StoreStats(
            Count("SELECT count(*) FROM articles"),
            Count("SELECT count(*) FROM stories WHERE size > 0"),
            Count("SELECT count(*) FROM (SELECT story_id FROM articles GROUP BY story_id HAVING count(DISTINCT source) > 1) x"),
            Count("SELECT count(*) FROM failures"),
            Count("SELECT count(*) FROM actors"),
            Count("SELECT count(*) FROM events"),
            Count("SELECT count(*) FROM quotes"),
            sources,
            versions,
            Convert.ToInt32(Scalar(c, null, "SELECT max(version) FROM schema_version") ?? 0, CultureInfo.InvariantCulture));
    }

    public IReadOnlyList<IngestFailure> Failures(int limit)
    {
        using var c = Connect();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT unit_key, input, reason, at FROM failures ORDER BY at DESC, unit_key LIMIT @n";
        Add(cmd, ("@n", limit));
        using var r = cmd.ExecuteReader();
        var list = new List<IngestFailure>();
        while (r.Read())
        {
            list.Add(new IngestFailure(r.GetString(0), r.GetString(1), r.GetString(2), DateTimeOffset.Parse(r.GetString(3), CultureInfo.InvariantCulture)));
        }

        return list;
    }

    public IEnumerable<StoredDocument> Documents(string? notVersion = null)
    {
        var after = 0L;
        while (true)
        {
            var page = new List<StoredDocument>(PageSize);
            using (var c = Connect())
            using (var cmd = c.CreateCommand())
            {
                cmd.CommandText = "SELECT a.id, a.key, a.source, a.pipeline_version, d.json FROM articles a JOIN documents d ON d.article_id = a.id WHERE a.id > @after"
                    + (notVersion is null ? string.Empty : " AND a.pipeline_version <> @v") + " ORDER BY a.id LIMIT @n";
                Add(cmd, ("@after", after), ("@n", PageSize));
                if (notVersion is not null)
                {
                    Add(cmd, ("@v", notVersion));
                }

                using var r = cmd.ExecuteReader();
                while (r.Read())
                {
                    page.Add(new StoredDocument(r.GetInt64(0), r.GetString(1), Str(r, 2), r.GetString(3), r.GetString(4)));
                }
            }

            foreach (var d in page)
            {
                yield return d;
            }

            if (page.Count < PageSize)
            {
                yield break;
            }

            after = page[^1].Id;
        }
    }

    public IEnumerable<EventRow> Events() => Rows(
        """
        SELECT a.key, a.url, ev.type, ev.mode, s.name, t.name, ev.date, ev.trigger_text, ev.sentence_text, a.id
        FROM events ev JOIN articles a ON a.id = ev.article_id
        LEFT JOIN actors s ON s.id = ev.source_actor LEFT JOIN actors t ON t.id = ev.target_actor
        WHERE a.id > @after AND a.id <= @upto ORDER BY a.id, ev.idx
        """,
        r => new EventRow(r.GetString(0), Str(r, 1), r.GetString(2), Str(r, 3), Str(r, 4), Str(r, 5), Str(r, 6), r.GetString(7), r.GetString(8)));

    public IEnumerable<QuoteRow> Quotes() => Rows(
        """
        SELECT a.key, a.url, q.speaker_text, s.name, q.direct, q.text, a.published, a.id
        FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN actors s ON s.id = q.speaker_actor
        WHERE a.id > @after AND a.id <= @upto ORDER BY a.id, q.idx
        """,
        r => new QuoteRow(r.GetString(0), Str(r, 1), Str(r, 2), Str(r, 3), Convert.ToInt32(r.GetValue(4), CultureInfo.InvariantCulture) != 0, r.GetString(5), Str(r, 6)));

    public IEnumerable<ActorRow> Actors()
    {
        using var c = Connect();
        var rows = new List<ActorRow>();
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = "SELECT id, key, type, name, code, country, articles, mentions, first_seen, last_seen FROM actors ORDER BY articles DESC, id";
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                rows.Add(new ActorRow(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), Str(r, 4), Str(r, 5),
                    Convert.ToInt64(r.GetValue(6), CultureInfo.InvariantCulture), Convert.ToInt64(r.GetValue(7), CultureInfo.InvariantCulture), Str(r, 8), Str(r, 9), [], []));
            }
        }

        var aliases = Multi(c, "SELECT actor_id, name FROM entity_names GROUP BY actor_id, name ORDER BY actor_id, count(*) DESC");
        var roles = Multi(c, "SELECT actor_id, role FROM entity_roles GROUP BY actor_id, role ORDER BY actor_id, min(day)");
        return rows.Select(a => a with
        {
            Aliases = aliases.TryGetValue(a.Id, out var al) ? al : [],
            Roles = roles.TryGetValue(a.Id, out var ro) ? ro : [],
        });
    }

    public IEnumerable<StoryMember> StoryMembers() => Rows(
        """
        SELECT a.id, a.key, a.url, a.source, a.published, a.story_id, CASE WHEN s.first_article_id = a.id THEN 1 ELSE 0 END, a.id
        FROM articles a JOIN stories s ON s.id = a.story_id WHERE a.id > @after AND a.id <= @upto ORDER BY a.id
        """,
        r => new StoryMember(r.GetInt64(0), r.GetString(1), Str(r, 2), Str(r, 3), Str(r, 4), r.GetInt64(5), Convert.ToInt32(r.GetValue(6), CultureInfo.InvariantCulture) == 1));

    /// <summary>Streams rows in pages of article ids (the SQL filters on @after/@upto), so exports never hold a table in memory.</summary>
    private IEnumerable<T> Rows<T>(string sql, Func<DbDataReader, T> map)
    {
        long max;
        using (var c = Connect())
        {
            max = Convert.ToInt64(Scalar(c, null, "SELECT coalesce(max(id), 0) FROM articles") ?? 0L, CultureInfo.InvariantCulture);
        }

        for (var after = 0L; after < max; after += PageSize)
        {
            var page = new List<T>();
            using (var c = Connect())
            using (var cmd = c.CreateCommand())
            {
                cmd.CommandText = sql;
                Add(cmd, ("@after", after), ("@upto", after + PageSize));
                using var r = cmd.ExecuteReader();
                while (r.Read())
                {
                    page.Add(map(r));
                }
            }

            foreach (var row in page)
            {
                yield return row;
            }
        }
    }

    private static Dictionary<long, List<string>> Multi(DbConnection c, string sql)
    {
        var map = new Dictionary<long, List<string>>();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var id = r.GetInt64(0);
            if (!map.TryGetValue(id, out var list))
            {
                map[id] = list = [];
            }

            list.Add(r.GetString(1));
        }

        return map;
    }

    private static List<(string, long)> Pairs(DbConnection c, string sql)
    {
        var list = new List<(string, long)>();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            list.Add((r.GetString(0), Convert.ToInt64(r.GetValue(1), CultureInfo.InvariantCulture)));
        }

        return list;
    }

    protected static string? Str(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    protected static string InList(DbCommand cmd, IEnumerable<object> values)
    {
        var names = new List<string>();
        foreach (var v in values)
        {
            var name = "@in" + names.Count.ToString(CultureInfo.InvariantCulture);
            Add(cmd, (name, v));
            names.Add(name);
        }

        return string.Join(", ", names);
    }

    protected static void Add(DbCommand cmd, params IEnumerable<(string Name, object? Value)> parameters)
    {
        foreach (var (name, value) in parameters)
        {
            var p = cmd.CreateParameter();
            p.ParameterName = name;
            p.Value = value ?? DBNull.Value;
            cmd.Parameters.Add(p);
        }
    }

    protected static object? Scalar(DbConnection c, DbTransaction? tx, string sql, params (string, object?)[] parameters)
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        Add(cmd, parameters);
        var v = cmd.ExecuteScalar();
        return v is DBNull ? null : v;
    }

    protected static void Exec(DbConnection c, DbTransaction? tx, string sql, params (string, object?)[] parameters)
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        Add(cmd, parameters);
        cmd.ExecuteNonQuery();
    }

    /// <summary>One write transaction with its commands kept prepared, keyed by SQL text, for the whole batch.</summary>
    protected sealed class Batch(DbConnection connection, DbTransaction transaction) : IDisposable
    {
        private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);

        public DbConnection Connection => connection;

        /// <summary>
        /// Statements that return nothing, held back until the next query or <see cref="Flush"/> where the
        /// provider can send many in one round trip (PostgreSQL): an article is dozens of small inserts, and one
        /// round trip each was most of the time of a write. SQLite runs in process and executes them at once.
        /// </summary>
        private DbBatch? _pending;

        public void Exec(string sql, params (string, object?)[] parameters)
        {
            if (!connection.CanCreateBatch)
            {
                Command(sql, parameters).ExecuteNonQuery();
                return;
            }

            if (_pending is null)
            {
                _pending = connection.CreateBatch();
                _pending.Transaction = transaction;
            }

            var command = _pending.CreateBatchCommand();
            command.CommandText = sql;
            foreach (var (name, value) in parameters)
            {
                var p = command.CreateParameter();
                p.ParameterName = name;
                p.Value = value ?? DBNull.Value;
                command.Parameters.Add(p);
            }

            _pending.BatchCommands.Add(command);
            if (_pending.BatchCommands.Count >= 1000)
            {
                Flush();
            }
        }

        public object? Scalar(string sql, params (string, object?)[] parameters)
        {
            Flush();
            return Command(sql, parameters).ExecuteScalar();
        }

        public DbDataReader Query(string sql, params (string, object?)[] parameters)
        {
            Flush();
            return Command(sql, parameters).ExecuteReader();
        }

        /// <summary>Runs the statements held back by <see cref="Exec"/>; call before committing.</summary>
        public void Flush()
        {
            if (_pending is null)
            {
                return;
            }

            using var pending = _pending;
            _pending = null;
            if (pending.BatchCommands.Count > 0)
            {
                pending.ExecuteNonQuery();
            }
        }

        private DbCommand Command(string sql, (string, object?)[] parameters)
        {
            if (!_commands.TryGetValue(sql, out var cmd))
            {
                cmd = connection.CreateCommand();
                cmd.Transaction = transaction;
                cmd.CommandText = sql;
                _commands[sql] = cmd;
            }

            cmd.Parameters.Clear();
            Add(cmd, parameters);
            return cmd;
        }

        public void Dispose()
        {
            _pending?.Dispose();
            foreach (var cmd in _commands.Values)
            {
                cmd.Dispose();
            }
        }
    }
}
