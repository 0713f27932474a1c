using System.IO.Compression;
using System.Text;

namespace Marsad.Analysis.Entities;

/// <summary>
/// States, cities, capitals, nationality adjectives, actor-dictionary codes and titles, keyed by
/// <see cref="ActorKey.Skeleton"/> so that inflected and variant spellings in text find them.
/// </summary>
internal sealed class ActorLexicon
{
    private readonly Dictionary<string, string> _states = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _cities = new(StringComparer.Ordinal);

    /// <summary>Every state a city's name is listed for, where there are two or more («طرابلس»: LY, LB, GR).</summary>
    private readonly Dictionary<string, List<string>> _cityStates = new(StringComparer.Ordinal);

    private readonly HashSet<string> _listedCities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _capitals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _nationalities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _stateNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _alpha3 = new(StringComparer.Ordinal);

    /// <summary>The reverse of <see cref="_alpha3"/>: the first state listed with each alpha-3 code.</summary>
    private readonly Dictionary<string, string> _countryOfAlpha3 = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _codes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _familyNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _figures = new(StringComparer.Ordinal);
    private readonly HashSet<string> _figureLast = new(StringComparer.Ordinal);
    private readonly HashSet<string> _titleHeads = new(StringComparer.Ordinal);
    private readonly HashSet<string> _titleWords = new(StringComparer.Ordinal);
    private readonly HashSet<string> _rawHeads = new(StringComparer.Ordinal);

    private static readonly Lazy<ActorLexicon?> SharedLexicon = new(LoadShared, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The shipped lexicon, loaded on first use (used by <see cref="ActorKey.Of"/>, so that keys are the same in
    /// every process); null when models/ cannot be found.
    /// </summary>
    public static ActorLexicon? Shared => SharedLexicon.Value;

    private static ActorLexicon? LoadShared()
    {
        try
        {
            return Load(NerTagger.ModelsDirectory());
        }
        catch (IOException)
        {
            return null;
        }
    }

    public static ActorLexicon Load(string modelsDir)
    {
        var lex = new ActorLexicon();
        foreach (var line in Lines(Path.Combine(modelsDir, "actors", "places.tsv.gz")))
        {
            var f = line.Split('\t');
            if (f.Length < 3)
            {
                continue;
            }

            var (kind, code, name) = (f[0], f[1], f[2]);
            switch (kind)
            {
                case "cca3":
                    lex._alpha3[code] = name;
                    break;
                case "statename":
                    lex._stateNames.TryAdd(code, name);
                    break;
                case "state":
                    lex._states.TryAdd(ActorKey.Skeleton(name), code);
                    break;
                case "city":
                    lex.AddCity(name, code);
                    break;
                case "capital":
                    lex._capitals.TryAdd(ActorKey.Skeleton(name), code);
                    break;
                case "nationality":
                    lex._nationalities.TryAdd(NationalityKey(name), code);
                    break;
            }
        }

        foreach (var (iso2, a3) in lex._alpha3)
        {
            lex._countryOfAlpha3.TryAdd(a3, iso2);
        }

        // «مالي / المالية» as Malian is rare in news next to «financial» («وزارة المالية», «العام المالي»): not a nationality.
        lex._nationalities.Remove(NationalityKey("مالي"));

        foreach (var line in Lines(Path.Combine(modelsDir, "actors", "actors.tsv.gz")))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0)
            {
                lex._codes.TryAdd(ActorKey.Skeleton(line[(tab + 1)..]), line[..tab]);
            }
        }

        // Cities of Arab news the city list lacks («الموصل», «عدن», «نابلس»), or lists for another state only («رفح»).
        var cities = Path.Combine(modelsDir, "actors", "cities-extra.tsv");
        if (File.Exists(cities))
        {
            foreach (var line in File.ReadLines(cities, Encoding.UTF8))
            {
                var parts = line.Split('\t');
                if (parts.Length >= 2 && !line.StartsWith('#') && parts[0].Length > 0)
                {
                    lex.AddCity(parts[0].Trim(), parts[1].Trim());
                    lex._listedCities.Add(CityKey(parts[0].Trim()));
                }
            }
        }

        // Figures the dictionary predates or knows in an older office: their code wins; a one-word line codes a family
        // name said alone.
        var people = Path.Combine(modelsDir, "actors", "people-extra.tsv");
        if (File.Exists(people))
        {
            foreach (var line in File.ReadLines(people, Encoding.UTF8))
            {
                var parts = line.Split('\t');
                if (parts.Length < 2 || line.StartsWith('#') || parts[0].Length == 0)
                {
                    continue;
                }

                var key = ActorKey.Skeleton(parts[0]);
                if (key.Contains(' ', StringComparison.Ordinal))
                {
                    lex._codes[key] = parts[1];
                    lex._figures.Add(key);
                    var full = parts[0].Trim();
                    lex._figureLast.Add(NerText.Normalize(full[(full.LastIndexOf(' ') + 1)..]));
                }
                else
                {
                    lex._familyNames[key] = parts[1];
                }
            }
        }

        foreach (var line in Lines(Path.Combine(modelsDir, "actors", "titles.tsv.gz")))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var title = ActorKey.Skeleton(line[(tab + 1)..]);
            if (title.Length > 0)
            {
                foreach (var w in title.Split(' '))
                {
                    if (w.Length >= 3)
                    {
                        lex._titleWords.Add(w);
                    }
                }
            }
        }

        foreach (var t in LexiconBuilder.ExtraTitles.Concat(MemberTitles).Concat(EnvoyTitles))
        {
            // Heads: the first word of the hand-listed titles («وزير», «المتحدث», «رئيس»).
            lex._titleHeads.Add(ActorKey.Skeleton(t.Split(' ')[0]));
            lex._rawHeads.Add(NerText.Normalize(t.Split(' ')[0]));
        }

        return lex;
    }

    /// <summary>
    /// Heads of a member's title, «القيادي في حركة الجهاد الإسلامي», «القيادية في حزب …»: heads for the role finder only
    /// (the tagger's gazetteer keeps <see cref="LexiconBuilder.ExtraTitles"/>, so its features do not change).
    /// </summary>
    private static readonly string[] MemberTitles = ["القيادي", "قيادي", "القيادية", "قيادية"];

    /// <summary>
    /// Heads of the titles of international officials, «منسق الشؤون الإنسانية للأمم المتحدة في اليمن», «ممثل اليونيسف
    /// في اليمن»: heads for the role finder only, like <see cref="MemberTitles"/>. (Not «مقرر»: its key is that of «مقر».)
    /// </summary>
    private static readonly string[] EnvoyTitles =
        ["منسق", "منسقة", "المنسق", "المنسقة", "ممثل", "ممثلة", "الممثل", "الممثلة"];

    /// <summary>True for a head after which «في» stays in the title: «القيادي في …», «عضو في …».</summary>
    public static bool TakesFi(string word) =>
        NerText.Normalize(word) is var w && FiHeads.Contains(w.Length > 3 && w[0] == 'و' ? w[1..] : w);

    private static readonly HashSet<string> FiHeads =
        new(MemberTitles.Concat(["عضو", "العضو", "عضوة"]).Select(NerText.Normalize), StringComparer.Ordinal);

    /// <summary>ISO alpha-2 code when <paramref name="name"/> names a state.</summary>
    public string? StateOf(string name) => _states.GetValueOrDefault(ActorKey.Skeleton(name));

    public string? CityOf(string name) => _cities.GetValueOrDefault(CityKey(name));

    /// <summary>
    /// A city's key: the skeleton, but a final ta marbuta kept, since city names differ by it («جنين» is Jenin,
    /// «الجنينة» El Geneina in Sudan).
    /// </summary>
    private void AddCity(string name, string code)
    {
        var key = CityKey(name);
        if (!_cities.TryAdd(key, code) && _cities[key] != code)
        {
            if (!_cityStates.TryGetValue(key, out var states))
            {
                _cityStates[key] = states = [_cities[key]];
            }

            if (!states.Contains(code))
            {
                states.Add(code);
            }
        }
    }

    /// <summary>Whether <paramref name="name"/> is one of the hand-listed cities of Arab news (models/actors/cities-extra.tsv).</summary>
    public bool IsListedCity(string name) => _listedCities.Contains(CityKey(name));

    /// <summary>The states a city's name is listed for when there are two or more; null for a name of one state.</summary>
    public IReadOnlyList<string>? StatesOfCity(string name) => _cityStates.GetValueOrDefault(CityKey(name));

    private static string CityKey(string name)
    {
        var key = ActorKey.Skeleton(name);
        var t = name.AsSpan().TrimEnd();
        return t.Length > 0 && t[^1] is 'ة' or 'ه' && !key.EndsWith('ه') ? key + "ه" : key;
    }

    /// <summary>ISO alpha-2 code of the state whose capital <paramref name="name"/> is.</summary>
    public string? CapitalOf(string name) => _capitals.GetValueOrDefault(ActorKey.Skeleton(name));

    /// <summary>ISO alpha-2 code when <paramref name="word"/> is a nationality adjective («التركية», «الأمريكي»).</summary>
    /// <remarks>No nationality adjective is written with «ث», which the skeleton merges into «س» for transliterated
    /// names: without this, «الثوري» (revolutionary, as in «الحرس الثوري») would be «السوري».</remarks>
    public string? NationalityOf(string word) => word.Contains('ث', StringComparison.Ordinal) ? null : _nationalities.GetValueOrDefault(NationalityKey(word));

    public string? Alpha3(string iso2) => _alpha3.GetValueOrDefault(iso2);

    /// <summary>ISO alpha-2 code for an alpha-3 (CAMEO) state code.</summary>
    public string? CountryOfAlpha3(string alpha3) => _countryOfAlpha3.GetValueOrDefault(alpha3);

    public string? StateName(string code) => _stateNames.GetValueOrDefault(code);

    /// <summary>The code of a figure named by the family name alone («تبون», «نتنياهو»), from models/actors/people-extra.tsv.</summary>
    /// <summary>Whether <paramref name="name"/> is a current figure's full name from models/actors/people-extra.tsv.</summary>
    /// <remarks>Every one of the <paramref name="words"/> words must count: the skeleton drops titles («الجماعة يحيى سريع»).</remarks>
    public bool IsFigure(string name, int words) => ActorKey.Skeleton(name) is var key && _figures.Contains(key) && key.Count(c => c == ' ') == words - 1;

    /// <summary>Whether <paramref name="word"/> ends some figure's full name (a cheap test before <see cref="IsFigure"/>).</summary>
    public bool EndsAFigure(string word) => _figureLast.Contains(NerText.Normalize(word));

    public string? FamilyNameCode(string name) => _familyNames.GetValueOrDefault(ActorKey.Skeleton(name));

    /// <summary>The actor dictionary's code for a name, or the ISO alpha-3 code (CAMEO's state code) of a state.</summary>
    public string? CodeOf(string name, string? country)
    {
        if (_codes.TryGetValue(ActorKey.Skeleton(name), out var code))
        {
            return code;
        }

        return country is not null && StateOf(name) == country ? _alpha3.GetValueOrDefault(country) : null;
    }

    /// <summary>True for a word that begins a title («وزير», «الرئيس», «ونائب»).</summary>
    public bool IsTitleHead(string word)
    {
        // Asked of nearly every word, several times a sentence: remembered per thread for the last word objects.
        if (!ReferenceEquals(_titleHeadsOf, this) || _titleHeadMemo is null)
        {
            (_titleHeadsOf, _titleHeadMemo) = (this, new WordMemo<bool>());
        }

        if (_titleHeadMemo.TryGet(word, out var known))
        {
            return known;
        }

        return _titleHeadMemo.Set(word, _titleHeads.Contains(ActorKey.Skeleton(word))
            || (word.Length > 3 && word[0] is 'و' or 'ف' && _titleHeads.Contains(ActorKey.Skeleton(word[1..]))));
    }

    [ThreadStatic]
    private static ActorLexicon? _titleHeadsOf;

    [ThreadStatic]
    private static WordMemo<bool>? _titleHeadMemo;

    /// <summary>True for the skeleton of a title head (<see cref="ActorKey.Skeleton"/> of «الرئيس», «وزير»).</summary>
    public bool IsTitleHeadKey(string skeleton) => _titleHeads.Contains(skeleton);

    /// <summary>True for a title head exactly as written (no clitic stripping): «وزير» yes, «ووزير» no.</summary>
    public bool IsRawTitleHead(string word) => _rawHeads.Contains(NerText.Normalize(word));

    /// <summary>True for a word that occurs in some title («خارجية», «مكتب», «سياسي»).</summary>
    public bool IsTitleWord(string word) => _titleWords.Contains(ActorKey.Skeleton(word));

    /// <summary>Nationality adjectives in any gender/number meet: «التركي», «التركية», «التركيون» → «تركي».</summary>
    private static string NationalityKey(string word)
    {
        // Skeleton has already merged the doubled ي of «تركيين».
        var k = ActorKey.Skeleton(word);
        if (k.Length > 4 && (k.EndsWith("يون", StringComparison.Ordinal) || k.EndsWith("يات", StringComparison.Ordinal)))
        {
            return k[..^2];
        }

        if (k.Length > 4 && k.EndsWith("ين", StringComparison.Ordinal))
        {
            return k[..^1];
        }

        return k;
    }

    private static IEnumerable<string> Lines(string path)
    {
        using var file = File.OpenRead(path);
        using var z = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(z, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }
}
