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

    public int SchemaVersion { get; protected set; }

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

    /// <summary>SQLite has one writer process and takes no leases: nothing to renew.</summary>
    public virtual void RenewClaims(string worker, TimeSpan lease)
    {
    }

    public virtual IReadOnlyList<string> ClaimHolders() => [];

    public virtual void ReleaseClaims(string worker)
    {
    }

    /// <summary>Takes leases on units no one has finished; SQLite has one writer process and takes none.</summary>
    protected virtual IReadOnlySet<string> ClaimOpen(DbConnection connection, HashSet<string> open, string worker, TimeSpan lease) => open;

    /// <summary>Checked before a write transaction starts (a store opened read-only refuses here, with its reason).</summary>
    protected virtual void BeforeWrite()
    {
    }

    public WriteSummary Write(IReadOnlyList<ArticleRecord> articles, IReadOnlyList<IngestFailure> failures)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(failures);
        BeforeWrite();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return WriteOnce(articles, failures);
            }
            catch (DbException ex) when (attempt < 4 && IsTransient(ex))
            {
                // The transaction was rolled back whole (e.g. a deadlock with another worker): the batch is redone.
                Thread.Sleep(50 * attempt);
            }
        }
    }

    /// <summary>Errors after which the same transaction may simply be tried again (deadlock, serialization).</summary>
    protected virtual bool IsTransient(DbException error) => false;

    private WriteSummary WriteOnce(IReadOnlyList<ArticleRecord> articles, IReadOnlyList<IngestFailure> failures)
    {
        using var c = Connect();
        using var tx = c.BeginTransaction();
        LockWriters(c, tx);
        using var batch = new Batch(c, tx);
        int inserted = 0, replaced = 0, duplicates = 0;
        // Actors whose facts were replaced are recounted; the others only gained rows in this batch, so their counts
        // move by what was added (a recount per batch grows with the store and became the ingest bottleneck).
        var recount = new HashSet<long>();
        var added = new Dictionary<long, ActorGain>();
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
                recount.UnionWith(DeleteFacts(batch, id));
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

            InsertFacts(batch, id, a, added);
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

        foreach (var actor in recount)
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

        foreach (var (actor, gain) in added)
        {
            if (recount.Contains(actor))
            {
                continue;
            }

            batch.Exec(
                """
                UPDATE actors SET
                  articles = articles + @n,
                  mentions = mentions + @m,
                  first_seen = CASE WHEN CAST(@first AS TEXT) IS NULL THEN first_seen
                    WHEN first_seen IS NULL OR CAST(@first AS TEXT) < first_seen THEN CAST(@first AS TEXT) ELSE first_seen END,
                  last_seen = CASE WHEN CAST(@last AS TEXT) IS NULL THEN last_seen
                    WHEN last_seen IS NULL OR CAST(@last AS TEXT) > last_seen THEN CAST(@last AS TEXT) ELSE last_seen END
                WHERE id = @a
                """, ("@n", gain.Rows), ("@m", gain.Mentions), ("@first", gain.First), ("@last", gain.Last), ("@a", actor));
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

    /// <summary>What one batch added to an actor: entity rows, mentions and the earliest and latest day among them.</summary>
    private sealed class ActorGain
    {
        public long Rows { get; set; }

        public long Mentions { get; set; }

        public string? First { get; set; }

        public string? Last { get; set; }

        public void Add(int mentions, string? day)
        {
            Rows++;
            Mentions += mentions;
            if (day is not null)
            {
                First = First is null || string.CompareOrdinal(day, First) < 0 ? day : First;
                Last = Last is null || string.CompareOrdinal(day, Last) > 0 ? day : Last;
            }
        }
    }

    // A state's actor (key code:…) gathers its own names and its cities': it takes the longest of them up to three words
    // («المملكة العربية السعودية»), since longer ones are the tagger's run-ons («القصيم عبد الله بن إبراهيم …»).
    private static void InsertFacts(Batch batch, long id, ArticleRecord a, Dictionary<long, ActorGain> added)
    {
        var d = a.Document;
        var actorOf = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var e in d.Entities)
        {
            var actor = Convert.ToInt64(batch.Scalar(
                """
                INSERT INTO actors (key, type, name, code, country) VALUES (@k, @t, @n, @c, @co)
                ON CONFLICT (key) DO UPDATE SET
                  name = CASE
                    WHEN actors.key NOT LIKE 'code:%' THEN CASE WHEN length(excluded.name) > length(actors.name) THEN excluded.name ELSE actors.name END
                    WHEN length(excluded.name) - length(replace(excluded.name, ' ', '')) > 2 THEN actors.name
                    WHEN length(actors.name) - length(replace(actors.name, ' ', '')) > 2 OR length(excluded.name) > length(actors.name) THEN excluded.name
                    ELSE actors.name END,
                  country = coalesce(actors.country, excluded.country)
                RETURNING id
                """,
                ("@k", ArticleKeys.Actor(e)), ("@t", e.Type), ("@n", ActorName(e.Name)), ("@c", e.Code), ("@co", e.Country)), CultureInfo.InvariantCulture);
            actorOf[e.Id] = actor;
            if (!added.TryGetValue(actor, out var gain))
            {
                added[actor] = gain = new ActorGain();
            }

            gain.Add(e.Mentions.Count, a.Day);
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
    }

    private static string Slice(string text, int start, int end) =>
        start >= 0 && end <= text.Length && start <= end ? text[start..end] : string.Empty;

    /// <summary>The form names are matched in: normalized words joined by one space.</summary>
    internal static string NameKey(string name) => string.Join(' ', StorySignature.Words(name));

    /// <summary>
    /// An actor's shown name: as written, without harakat or tatweel («المملكةِ العربيةِ السعوديةِ» → «المملكة العربية
    /// السعودية», «ـمصر» → «مصر»), so that the longest name is the fullest one, not the one with the most marks. (A
    /// leading «فال» stays: «فالكويت» is the tagger's slip, «فالنسيا» is Valencia.)
    /// </summary>
    internal static string ActorName(string name)
    {
        var sb = new System.Text.StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (c is (>= '\u064B' and <= '\u065F') or '\u0670' or '\u0640')
            {
                continue;
            }

            sb.Append(c);
        }

        var clean = string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return clean.Length == 0 ? name : clean;
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
