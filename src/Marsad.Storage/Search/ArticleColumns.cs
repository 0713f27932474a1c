using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;

namespace Marsad.Storage.Search;

/// <summary>
/// Source, day and story of every article, held in memory by article id (ids are dense), like the doc values of a
/// search engine: a query counts its facets, applies source and day filters and collapses stories while it reads its
/// full-text matches, instead of joining each match to the articles table (a b-tree lookup per match, most of the
/// cost of a query on a common word). A snapshot: the store replaces it whole when the database changed.
/// </summary>
internal sealed class ArticleColumns
{
    private const int Missing = -1;

    // Per article id: index into _sources / _days (or Missing for NULL); story id (0 for an id with no article).
    private readonly int[] _source;
    private readonly int[] _day;
    private readonly long[] _story;

    // Actors of an article and actor names, read on first use: the actor facet of a query asks for the actors of its
    // best candidates, and popular articles are the candidates of many queries.
    private readonly ConcurrentDictionary<long, long[]> _actorsOf = new();
    private readonly ConcurrentDictionary<long, string> _actorNames = new();

    private ArticleColumns(int[] source, int[] day, long[] story, string[] sources, string[] days)
    {
        _source = source;
        _day = day;
        _story = story;
        Sources = sources;
        Days = days;
    }

    public IReadOnlyList<string> Sources { get; }

    public IReadOnlyList<string> Days { get; }

    /// <summary>Reads both columns in one read transaction so they describe the same moment.</summary>
    public static ArticleColumns Load(DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var tx = connection.BeginTransaction();
        var maxId = 0L;
        using (var cmd = connection.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = "SELECT coalesce(max(id), 0) FROM articles";
            maxId = Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        if (maxId > Array.MaxLength - 1)
        {
            throw new StoreException("article ids too large for in-memory facets");
        }

        var size = (int)maxId + 1;
        var source = new int[size];
        var day = new int[size];
        var story = new long[size];
        Array.Fill(source, Missing);
        Array.Fill(day, Missing);
        var sources = new Dictionary<string, int>(StringComparer.Ordinal);
        var days = new Dictionary<string, int>(StringComparer.Ordinal);
        using (var cmd = connection.CreateCommand())
        {
            cmd.Transaction = tx;
            // Both selects read only indexed columns, so the engine scans the narrow (source, day) and (story_id)
            // indexes rather than the wide article rows.
            cmd.CommandText = "SELECT id, source, day FROM articles";
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                var id = (int)r.GetInt64(0);
                source[id] = r.IsDBNull(1) ? Missing : Intern(sources, r.GetString(1));
                day[id] = r.IsDBNull(2) ? Missing : Intern(days, r.GetString(2));
            }
        }

        using (var cmd = connection.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = "SELECT id, story_id FROM articles";
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                story[(int)r.GetInt64(0)] = r.GetInt64(1);
            }
        }

        tx.Commit();
        return new ArticleColumns(source, day, story, Names(sources), Names(days));
    }

    /// <summary>False for an id this snapshot does not hold (written after it was taken).</summary>
    public bool TryGet(long id, out int source, out int day, out long story)
    {
        if (id <= 0 || id >= _story.Length || _story[id] == 0)
        {
            source = day = Missing;
            story = 0;
            return false;
        }

        source = _source[id];
        day = _day[id];
        story = _story[id];
        return true;
    }

    /// <summary>
    /// The actors most articles among <paramref name="ids"/> mention (count of articles, then name), as the SQL
    /// facet orders them; lists not yet in memory are read in one query.
    /// </summary>
    public List<(string Name, long Articles)> TopActors(DbConnection connection, IReadOnlyList<long> ids, int take)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(ids);
        var missing = ids.Where(id => !_actorsOf.ContainsKey(id)).Distinct().ToList();
        if (missing.Count > 0)
        {
            ReadActors(connection, missing);
        }

        var counts = new Dictionary<long, long>();
        foreach (var id in ids.Distinct())
        {
            foreach (var actor in _actorsOf.GetValueOrDefault(id, []))
            {
                counts[actor] = counts.GetValueOrDefault(actor) + 1;
            }
        }

        return [.. counts.Select(p => (Name: _actorNames.GetValueOrDefault(p.Key, string.Empty), Articles: p.Value))
            .OrderByDescending(p => p.Articles).ThenBy(p => p.Name, StringComparer.Ordinal).Take(take)];
    }

    private void ReadActors(DbConnection connection, List<long> ids)
    {
        var found = ids.ToDictionary(id => id, _ => new HashSet<long>());
        using var cmd = connection.CreateCommand();
        var names = new List<string>();
        foreach (var id in ids)
        {
            var p = cmd.CreateParameter();
            p.ParameterName = "@a" + names.Count.ToString(CultureInfo.InvariantCulture);
            p.Value = id;
            cmd.Parameters.Add(p);
            names.Add(p.ParameterName);
        }

        cmd.CommandText = $"SELECT e.article_id, e.actor_id, ac.name FROM entities e JOIN actors ac ON ac.id = e.actor_id WHERE e.article_id IN ({string.Join(", ", names)})";
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                var actor = r.GetInt64(1);
                found[r.GetInt64(0)].Add(actor);
                _actorNames[actor] = r.GetString(2);
            }
        }

        foreach (var (id, actors) in found)
        {
            _actorsOf[id] = [.. actors];
        }
    }

    /// <summary>The source index matching a filter, or null when no article has that source.</summary>
    public int? SourceIndex(string name)
    {
        for (var i = 0; i < Sources.Count; i++)
        {
            if (string.Equals(Sources[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>Which day indexes lie within [from, to] (ISO days compare as text, as the SQL filter does).</summary>
    public bool[] DaysWithin(string? from, string? to)
    {
        var allowed = new bool[Days.Count];
        for (var i = 0; i < allowed.Length; i++)
        {
            allowed[i] = (from is null || string.CompareOrdinal(Days[i], from) >= 0) && (to is null || string.CompareOrdinal(Days[i], to) <= 0);
        }

        return allowed;
    }

    private static int Intern(Dictionary<string, int> names, string name)
    {
        if (!names.TryGetValue(name, out var i))
        {
            i = names.Count;
            names[name] = i;
        }

        return i;
    }

    private static string[] Names(Dictionary<string, int> names)
    {
        var result = new string[names.Count];
        foreach (var (name, i) in names)
        {
            result[i] = name;
        }

        return result;
    }
}
