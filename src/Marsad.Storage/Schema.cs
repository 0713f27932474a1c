namespace Marsad.Storage;

/// <summary>
/// The store's tables, shared by both engines (placeholders: {id} an auto-increment key, {big} a 64-bit integer,
/// {blob} bytes). Each migration runs once, in a transaction, and is recorded in <c>schema_version</c>.
/// Never edit a shipped migration: add the next one.
/// </summary>
internal static class Schema
{
    public static readonly string[] V1 =
    [
        "CREATE TABLE stories (id {id}, first_article_id {big}, first_published TEXT, size INTEGER NOT NULL DEFAULT 0)",
        """
        CREATE TABLE articles (id {id}, key TEXT NOT NULL UNIQUE, doc_id TEXT NOT NULL, url TEXT, source TEXT, title TEXT,
          published TEXT, day TEXT, content_hash TEXT, story_id {big} NOT NULL, pipeline_version TEXT NOT NULL,
          ingested_at TEXT NOT NULL, analyzed_at TEXT NOT NULL)
        """,
        // The large parts live apart, so the rows searches join, filter and facet on stay small and cached.
        "CREATE TABLE documents (article_id {big} PRIMARY KEY, json TEXT NOT NULL, signature {blob})",
        "CREATE INDEX articles_story ON articles(story_id)",
        "CREATE INDEX articles_hash ON articles(content_hash)",
        "CREATE INDEX articles_day ON articles(day)",
        "CREATE INDEX articles_source ON articles(source, day)",
        "CREATE INDEX articles_version ON articles(pipeline_version)",
        "CREATE TABLE lsh (h {big} NOT NULL, article_id {big} NOT NULL)",
        "CREATE INDEX lsh_h ON lsh(h)",
        "CREATE TABLE inputs (unit_key TEXT PRIMARY KEY, article_id {big}, done_at TEXT NOT NULL)",
        "CREATE TABLE claims (unit_key TEXT PRIMARY KEY, worker TEXT NOT NULL, lease_until {big} NOT NULL)",
        "CREATE TABLE failures (unit_key TEXT PRIMARY KEY, input TEXT NOT NULL, reason TEXT NOT NULL, at TEXT NOT NULL)",
        """
        CREATE TABLE actors (id {id}, key TEXT NOT NULL UNIQUE, type TEXT NOT NULL, name TEXT NOT NULL, code TEXT, country TEXT,
          articles {big} NOT NULL DEFAULT 0, mentions {big} NOT NULL DEFAULT 0, first_seen TEXT, last_seen TEXT)
        """,
        """
        CREATE TABLE entities (article_id {big} NOT NULL, ent_id TEXT NOT NULL, actor_id {big} NOT NULL, type TEXT NOT NULL,
          name TEXT NOT NULL, country TEXT, mentions INTEGER NOT NULL, PRIMARY KEY (article_id, ent_id))
        """,
        "CREATE INDEX entities_actor ON entities(actor_id)",
        "CREATE TABLE mentions (article_id {big} NOT NULL, ent_id TEXT NOT NULL, start_pos INTEGER NOT NULL, end_pos INTEGER NOT NULL)",
        "CREATE INDEX mentions_article ON mentions(article_id)",
        "CREATE TABLE entity_names (article_id {big} NOT NULL, actor_id {big} NOT NULL, name TEXT NOT NULL, norm TEXT NOT NULL)",
        "CREATE INDEX entity_names_norm ON entity_names(norm)",
        "CREATE INDEX entity_names_article ON entity_names(article_id)",
        "CREATE INDEX entity_names_actor ON entity_names(actor_id)",
        "CREATE TABLE entity_roles (article_id {big} NOT NULL, actor_id {big} NOT NULL, role TEXT NOT NULL, day TEXT)",
        "CREATE INDEX entity_roles_article ON entity_roles(article_id)",
        "CREATE INDEX entity_roles_actor ON entity_roles(actor_id)",
        """
        CREATE TABLE quotes (article_id {big} NOT NULL, idx INTEGER NOT NULL, speaker_actor {big}, speaker_text TEXT,
          speaker_norm TEXT, direct INTEGER NOT NULL, start_pos INTEGER NOT NULL, end_pos INTEGER NOT NULL, text TEXT NOT NULL,
          PRIMARY KEY (article_id, idx))
        """,
        "CREATE INDEX quotes_speaker ON quotes(speaker_actor)",
        """
        CREATE TABLE events (article_id {big} NOT NULL, idx INTEGER NOT NULL, type TEXT NOT NULL, mode TEXT, source_actor {big},
          target_actor {big}, trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL, trigger_text TEXT NOT NULL,
          sentence_text TEXT NOT NULL, date TEXT, PRIMARY KEY (article_id, idx))
        """,
        "CREATE INDEX events_type ON events(type)",
    ];

    /// <summary>
    /// What <c>marsad watch</c> remembers beside the articles: feed validators, per-source poll status, and pages
    /// fetched but not yet stored (removed in the transaction that marks their unit done, so a restart reuses them).
    /// Which items were seen is not here: a watched item is an input unit, done with its article or its failure.
    /// </summary>
    public static readonly string[] V2 =
    [
        // Before V2, 'marsad watch' kept these in the same marsad.db next to its own article table: dropping its
        // validators makes the next poll read every feed again, so the articles still in the feeds reach the store.
        "DROP TABLE IF EXISTS watch_feeds",
        "DROP TABLE IF EXISTS watch_sources",
        "CREATE TABLE watch_feeds (feed_url TEXT PRIMARY KEY, source TEXT NOT NULL, etag TEXT, last_modified TEXT, saved_at TEXT NOT NULL)",
        "CREATE TABLE watch_sources (source TEXT PRIMARY KEY, last_poll TEXT, last_success TEXT, last_error_at TEXT, last_error TEXT)",
        "CREATE TABLE pending_pages (unit_key TEXT PRIMARY KEY, source TEXT NOT NULL, fetched_at TEXT NOT NULL, body {blob} NOT NULL)",
        // Per-source counts by time of ingestion (items per day, last 24 h) for the status.
        "CREATE INDEX articles_source_ingested ON articles(source, ingested_at)",
    ];
}
