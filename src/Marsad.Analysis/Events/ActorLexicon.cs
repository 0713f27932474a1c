using System.Collections.Frozen;
using System.IO.Compression;
using System.Text;
using Marsad.Analysis.Quotes;

namespace Marsad.Analysis.Events;

/// <summary>What an actor-lexicon entry names.</summary>
internal enum ActorKind : byte
{
    /// <summary>A state (the code is a bare country code, e.g. SYR).</summary>
    Country,

    /// <summary>A named person (the dictionary dates the person's roles).</summary>
    Person,

    /// <summary>A named organization, group or body.</summary>
    Organization,

    /// <summary>A generic agent: «المتظاهرون», «قوات الأمن», «مسلحون» (not a named entity).</summary>
    Agent,
}

/// <summary>A lexicon hit: words [First, First+Count) of the scanned sentence.</summary>
/// <param name="Group">For a curated movement name (models/events/groups.tsv), the movement's id: its names are one
/// entity, made even where the tagger missed it. Null for every other entry.</param>
/// <param name="FirstKey">The key the entry was found by for the first word (its fallback form when that was used).</param>
/// <param name="DisplayName">For a movement, the name its entity is shown by (the first of its names in groups.tsv).</param>
internal readonly record struct ActorMatch(int First, int Count, string Code, ActorKind Kind, string? Group = null, string? FirstKey = null, string? DisplayName = null);

/// <summary>
/// The UniversalPetrarch Arabic actor and agent dictionaries as a word-sequence index (models/events/actors.tsv.gz).
/// Keys are <see cref="ArabicWords.ActorKey"/>s, so «الاتحاد الأفريقي» meets the lemma entry «اتحاد_أفريقي_».
/// </summary>
internal sealed class ActorLexicon
{
    private static readonly Lazy<ActorLexicon> Shared = new(() => Load(Embedded("actors.tsv.gz")), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, List<Entry>> _byFirst = new(StringComparer.Ordinal);

    private sealed record Entry(string[] Rest, string Code, ActorKind Kind, string? Group, string? DisplayName);

    public static ActorLexicon Default => Shared.Value;

    public int Count { get; private set; }

    public static Stream Embedded(string name) =>
        typeof(ActorLexicon).Assembly.GetManifestResourceStream("Marsad.Analysis.models.events." + name)
        ?? throw new InvalidOperationException($"embedded model models/events/{name} is missing");

    /// <summary>Reads the shipped TSV (gzip): folded words separated by spaces, code, kind letter (C/P/O/G).</summary>
    public static ActorLexicon Load(Stream gzip)
    {
        var lexicon = new ActorLexicon();
        using var reader = new StreamReader(new GZipStream(gzip, CompressionMode.Decompress), Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split('\t');
            if (parts.Length < 3)
            {
                continue;
            }

            // M: a curated movement name (groups.tsv), an organization that is always an entity.
            var kind = parts[2] switch { "C" => ActorKind.Country, "P" => ActorKind.Person, "G" => ActorKind.Agent, _ => ActorKind.Organization };
            var movement = parts[2] == "M" && parts.Length > 3;
            lexicon.Add(parts[0].Split(' '), parts[1], kind, movement ? parts[3] : null, movement && parts.Length > 4 ? parts[4] : null);
        }

        return lexicon;
    }

    public void Add(string[] keys, string code, ActorKind kind, string? group = null, string? displayName = null)
    {
        if (keys.Length == 0)
        {
            return;
        }

        if (!_byFirst.TryGetValue(keys[0], out var list))
        {
            _byFirst[keys[0]] = list = [];
        }

        list.Add(new Entry(keys[1..], code, kind, group, displayName));
        Count++;
    }

    /// <summary>Longest non-overlapping matches over words whose actor keys are given.</summary>
    public List<ActorMatch> Find(IReadOnlyList<string> actorKeys)
    {
        var found = new List<ActorMatch>();
        var i = 0;
        while (i < actorKeys.Count)
        {
            var best = Best(actorKeys, i, actorKeys[i]);
            if (best is null && ArabicWords.ActorKeyFallback(actorKeys[i]) is { } alt)
            {
                best = Best(actorKeys, i, alt) is { } viaFallback ? viaFallback with { FirstKey = alt } : null;
            }

            if (best is null && i > 0 && actorKeys[i] is { Length: >= 4 } counted && counted[^1] == 'ا' && IsNumber(actorKeys[i - 1])
                && Best(actorKeys, i, counted[..^1]) is { Kind: ActorKind.Agent or ActorKind.Country, Count: 1 } accusative)
            {
                // «12 شخصا», «ثلاثين مدنيا»: a counted noun takes the accusative ending; the entry is the bare singular.
                // (Without a count the ending is mostly an adverb or adjective: «عسكريا», «قانونيا».) «23 فلسطينيا»:
                // counted people of a nationality are its civilians.
                best = accusative.Kind == ActorKind.Country
                    ? accusative with { FirstKey = counted[..^1], Kind = ActorKind.Agent, Code = accusative.Code + "CVL", Group = null, DisplayName = null }
                    : accusative with { FirstKey = counted[..^1] };
            }
            else if (best is null && i > 0 && actorKeys[i] is { Length: >= 5 } people && people.EndsWith("يا", StringComparison.Ordinal) && IsNumber(actorKeys[i - 1])
                && Entities.ActorLexicon.Shared is { } states && states.NationalityOf(people[..^1]) is { } iso2 && states.Alpha3(iso2) is { } alpha3)
            {
                // «23 فلسطينيا»: counted people of a nationality the dictionary keeps no one-word entry for.
                best = new ActorMatch(i, 1, alpha3 + "CVL", ActorKind.Agent, FirstKey: people[..^1]);
            }

            else if (best is null && actorKeys[i] is { Length: >= 7 } two && two.EndsWith("يان", StringComparison.Ordinal)
                && Entities.ActorLexicon.Shared is { } states2 && states2.NationalityOf(two[..^2]) is { } iso2b && states2.Alpha3(iso2b) is { } alpha3b)
            {
                // «وقتل فلسطينيان برصاص …»: two people of a nationality, in the dual, are its civilians.
                best = new ActorMatch(i, 1, alpha3b + "CVL", ActorKind.Agent, FirstKey: two[..^2]);
            }

            if (best is { Kind: ActorKind.Agent } counted0 && i > 0 && IsNumber(actorKeys[i - 1]) && !char.IsDigit(actorKeys[i][0])
                && (found.Count == 0 || found[^1].First + found[^1].Count < i))
            {
                // «12 شخصا», «ثلاثة جنود»: the number belongs to the actor; so do both words of «اثني عشر», «ثلاثة عشر».
                var teen = i > 1 && actorKeys[i - 1] is "عشر" or "عشره" && IsNumber(actorKeys[i - 2]) && (found.Count == 0 || found[^1].First + found[^1].Count < i - 1);
                best = teen ? counted0 with { First = i - 2, Count = counted0.Count + 2 } : counted0 with { First = i - 1, Count = counted0.Count + 1 };
            }

            if (best is { } m)
            {
                found.Add(m);
                i += m.Count;
            }
            else
            {
                i++;
            }
        }

        return found;
    }

    /// <summary>Digits or a number word: what stands before a counted noun («12», «ثلاثين», «عشرات»).</summary>
    internal static bool IsNumber(string key) =>
        char.IsDigit(key[0]) || EventCoder.CountWords.Contains(key) || TensWords.Contains(key);

    private static readonly FrozenSet<string> TensWords = new[]
    {
        "عشرين", "ثلاثين", "اربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين", "عشرون", "ثلاثون", "اربعون", "خمسون",
        "مئه", "ميه", "مائه", "مايه",
    }.ToFrozenSet(StringComparer.Ordinal);

    private ActorMatch? Best(IReadOnlyList<string> keys, int at, string first)
    {
        if (!_byFirst.TryGetValue(first, out var entries))
        {
            return null;
        }

        ActorMatch? best = null;
        foreach (var e in entries)
        {
            if (at + 1 + e.Rest.Length > keys.Count || (best is { } b && b.Count >= 1 + e.Rest.Length))
            {
                continue;
            }

            var ok = true;
            for (var j = 0; j < e.Rest.Length && ok; j++)
            {
                var k = keys[at + 1 + j];
                ok = k == e.Rest[j] || ArabicWords.FallbackIs(k, e.Rest[j]);
            }

            if (ok)
            {
                best = new ActorMatch(at, 1 + e.Rest.Length, e.Code, e.Kind, e.Group, first, e.DisplayName);
            }
        }

        return best;
    }
}
