using System.IO.Compression;
using System.Text;
using Marsad.Analysis.Quotes;

namespace Marsad.Analysis.Events;

/// <summary>
/// Rebuilds models/events/actors.tsv.gz from the UniversalPetrarch Arabic dictionaries (MIT):
/// actor_dict_ar_v4.txt (names → CAMEO actor codes, with dated roles) and agents.all.ar_v3.txt (generic agents).
/// </summary>
public static class ActorLexiconBuilder
{
    /// <summary>Writes the lexicon; returns the number of entries.</summary>
    public static int Build(string dictionariesDir, string outputPath, string? extraAgentsPath = null, string? groupsPath = null, string? extraStatesPath = null,
        string? extraPeoplePath = null)
    {
        var rows = new SortedDictionary<string, (string Code, char Kind)>(StringComparer.Ordinal);
        ReadActors(Path.Combine(dictionariesDir, "actor_dict_ar_v4.txt"), rows);
        ReadAgents(Path.Combine(dictionariesDir, "agents.all.ar_v3.txt"), rows);
        foreach (var (key, f) in Rows(extraAgentsPath, 2))
        {
            rows[key] = (f[1], 'G');
        }

        // States' other names and organs («الدولة العبرية», «قوات الاحتلال», «الكرملين»): kind C or O as written; kind «-»
        // drops a dictionary entry that is no state's name («دستوري» coded AFG: «اليمين الدستورية» is no Afghan).
        foreach (var (key, f) in Rows(extraStatesPath, 3))
        {
            if (f[2].Trim() == "-")
            {
                rows.Remove(key);
                continue;
            }

            rows[key] = (f[1], f[2].Trim() is "C" ? 'C' : 'O');
        }
        // Figures the dictionary predates or knows in an older office (models/actors/people-extra.tsv): full names only,
        // kind P; a family name alone is coded by the entity recognizer, where the tagger says it is a person.
        foreach (var (key, f) in Rows(extraPeoplePath, 2))
        {
            if (key.Contains(' ', StringComparison.Ordinal))
            {
                rows[key] = (f[1], 'P');
            }
        }

        var groups = new Dictionary<string, string>(StringComparer.Ordinal);
        var displayNames = new Dictionary<string, string>(StringComparer.Ordinal);
        // Curated movement names (kind M, with the movement's id): they override the dictionaries, whose codes for these
        // are older or missing.
        foreach (var (key, f) in Rows(groupsPath, 3))
        {
            rows[key] = (f[1], 'M');
            groups[key] = f[2];
            displayNames.TryAdd(f[2], f[0].Trim()); // a group's first name is its display name
        }

        using var file = File.Create(outputPath);
        using var gz = new GZipStream(file, CompressionLevel.SmallestSize);
        using var w = new StreamWriter(gz, new UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var (key, (code, kind)) in rows)
        {
            w.WriteLine(groups.TryGetValue(key, out var group) ? $"{key}\t{code}\t{kind}\t{group}\t{displayNames[group]}" : $"{key}\t{code}\t{kind}");
        }

        return rows.Count;
    }

    private static void ReadActors(string path, SortedDictionary<string, (string, char)> rows)
    {
        string? pending = null;
        string? code = null;
        var dated = false;

        void Flush()
        {
            if (pending is not null && code is not null)
            {
                var roleOnly = pending.Split(' ').All(RoleWords.Contains);
                if (roleOnly && code.Length >= 3)
                {
                    // «وزير الخارجية» alone names a role, not one country's minister: keep the sector only.
                    code = code[^3..];
                }

                // A dated entry is a person's, unless a noun that heads bodies opens it: «سفاره امريكي», «حركه حماس»,
                // «جامعه قاهره» carry dates in the dictionary too, and are organizations.
                var kind = roleOnly || (code.Length == 3 && Sectors.Contains(code)) ? 'G'
                    : code.Length == 3 && code.All(char.IsAsciiLetterUpper) ? 'C'
                    : dated && pending.Contains(' ', StringComparison.Ordinal) && !BodyHeads.Contains(pending[..pending.IndexOf(' ', StringComparison.Ordinal)]) ? 'P' : 'O';
                Put(rows, pending, code, kind);
            }

            pending = null;
            code = null;
            dated = false;
        }

        foreach (var raw in File.ReadLines(path))
        {
            if (raw.Length == 0 || raw.TrimStart().StartsWith('#'))
            {
                continue;
            }

            if (char.IsWhiteSpace(raw[0]) && raw.TrimStart().StartsWith('['))
            {
                // A dated role of the entry above; the last listed one is the most recent in these files.
                code = CodeOf(raw) ?? code;
                dated = true;
                continue;
            }

            Flush();
            var bracket = raw.IndexOf('[', StringComparison.Ordinal);
            pending = Key(bracket < 0 ? raw : raw[..bracket]);
            code = bracket < 0 ? null : CodeOf(raw);
        }

        Flush();
    }

    private static void ReadAgents(string path, SortedDictionary<string, (string, char)> rows)
    {
        foreach (var raw in File.ReadLines(path))
        {
            var bracket = raw.IndexOf('[', StringComparison.Ordinal);
            if (raw.StartsWith('#') || bracket < 0 || CodeOf(raw) is not { } code)
            {
                continue;
            }

            var key = Key(raw[..bracket]);
            if (key.Length > 0 && !rows.ContainsKey(key))
            {
                Put(rows, key, code.TrimStart('~'), 'G');
            }
        }
    }

    /// <summary>Keys' first words that head the names of bodies, not of people (folded as the keys are).</summary>
    private static readonly HashSet<string> BodyHeads = new(StringComparer.Ordinal)
    {
        "سفاره", "حزب", "جبهه", "جماعه", "حركه", "حكومه", "جامعه", "جيش", "قوه", "قوات", "كتيبه", "كتايب", "لجنه", "مجلس", "منظمه",
        "وزاره", "هييه", "اتحاد", "شركه", "مكتب", "تنظيم", "تيار", "ايتلاف", "مؤسسه", "موسسه", "وكاله", "بنك", "صحيفه",
    };

    /// <summary>CAMEO sector codes: a bare sector is a generic agent («الشرطة» COP), not a state.</summary>
    private static readonly HashSet<string> Sectors = new(StringComparer.Ordinal)
    {
        "GOV", "MIL", "COP", "REB", "OPP", "EDU", "BUS", "MED", "CVL", "HLH", "AGR", "LAB", "REF", "JUD", "LEG", "ELI", "IGO",
        "NGO", "RAD", "MUS", "JEW", "CHR", "SPY", "IMG", "UAF", "CRM", "PTY", "REL", "INT", "HRI", "ENV", "MNC", "SET", "IRC",
    };

    /// <summary>
    /// One-word keys that are common words before they are names (أمام "in front of", عمل "work", صورة "picture"),
    /// or that are event and speech triggers themselves (تجمهر، انتفاضة، طالب). Read off the built lexicon, not off
    /// any evaluation set.
    /// </summary>
    private static readonly HashSet<string> CommonWords = new(StringComparer.Ordinal)
    {
        "امام", "عمل", "جماعه", "حمله", "عالم", "قانون", "طاقه", "اتصال", "تجمع", "تجمهر", "انتفاضه", "حشد", "صوره", "طالب",
        "فرح", "خليل", "غانم", "فار", "ضحي", "قري", "بشر", "زير", "زاره", "ريق", "امي", "تاه", "جرح", "دفعه", "كلي", "سلا",
        "دير", "حله", "رايد", "بايع", "لاح", "حصاد", "خدمه", "اصلي", "تبني", "علمم", "فوج", "عموله", "رعاع", "صيد", "ثري",
        "داعي", "حاوي", "كاله", "عيبان", "عوجه", "بصرما", "ضيعه", "فقير", "اعظ", "عايدين", "اراب", "طفل",
        "صناعه", "زراعه", "صحه", "قضاء", "دفاع", "اعلام", "عمان", "تمرد", "انتحاري", "دوله", "سلطه", "بلدي",
        "ديانه", "قافله", "صاروخ", "قنبله", "سلاح", "طايره", "طيران", "بنك", "بورصه", "شركه", "تكتل", "غرفه", "جامعه",
        "مدرسه", "حضانه", "ثانوي", "سياسي", "رياضي", "سياحي", "تاسيسي", "اصلاحي", "اسلامي", "سني", "امن", "نبي", "حسيني",
        "كاظمي", "عمادي", "سليماني", "زعفراني", "رمادي", "ديواني", "اعظمي", "مسلحه", "رحال",
        "احتياطي", "مستوطنه", "علامه", "امبراطور", "جرايد", "رجعي", "اداره", "افريقي",
        // One-word entries that are, first, common words of news (ranked by the Arabic lexicon's frequencies): the
        // dictionary's «قطاع» (PSEGOV), «فتح» (Fatah) or «جزيرة» (the channel) fire on «قطاع غزة», «وفتح ممرات»,
        // «ولاية الجزيرة». Their longer entries («حركة فتح», «قناة الجزيرة», «حسني مبارك») stay.
        "قطاع", "فتح", "بحر", "منظمه", "عون", "افضل", "اوضاع", "جزيره", "تشغيل", "صدر", "فلسطيني", "اميركي", "نهار",
        "شمس", "مبارك", "موسي", "يمن", "تهديد", "باراك", "ذهبي", "جسم", "سياده", "ناسف", "يدل", "بري", "مهدي", "سليمان",
        "مالي", // financial, far more often than Mali
        "ارهاب", // terrorism, the concept («جهاز مكافحة الإرهاب», «بتهم الإرهاب»), not the dictionary's radicals; «الإرهابيين» stays
        // Common words the dictionaries give a code (sixth session, read off the built one-word keys): «مدينة» (a city,
        // not Medina: «قوات الأمن في مدينة الناصرية» became Saudi), «سيول» (torrents, not Seoul), «فريق» (a team far
        // more often than a general), «مصدر» (a source), «معرض» (an exhibition), «نيسان» (April), «مشهد» (a scene),
        // given names («بشير», «مالك», «نادر»), adjectives («جبان», «تحالفي», «صحافي», «كردستاني»: PKK and KDP both).
        "مدينه", "سيول", "فريق", "مصدر", "معرض", "نيسان", "مشهد", "بشير", "مالك", "نادر", "مني", "مربع", "جبان", "تحالفي",
        "صحافي", "كردستاني", "معطي", "لاحه", "مصلح", "محافظو",
        // «عملي عسكري» (an operative) is what the plural fallback makes of «العمليات العسكرية» (military operations).
        "عملي عسكري", "عملي خاص", "عملي استخباراتي",
        // «موقع» (a website, MED) is first a site or a position: «انسحبوا من الموقع», «قصف موقعا للجيش».
        "موقع",
    };

    /// <summary>Words of offices and bodies: an entry made only of these is a role, not a name.</summary>
    private static readonly HashSet<string> RoleWords = new[]
    {
        "وزير", "وزاره", "خارجيه", "داخليه", "دفاع", "عدل", "ماليه", "رييس", "نايب", "امين", "عام", "مجلس", "حكومه", "وزراء",
        "ملك", "امير", "ولي", "عهد", "سفير", "سفاره", "قنصل", "متحدث", "باسم", "ناطق", "رسمي", "جيش", "شرطه", "قوه", "قوات",
        "امن", "اركان", "قايد", "مدير", "محافظ", "نواب", "برلمان", "شوري", "دوله", "جمهوريه", "ل", "وكيل", "مستشار", "اعلي",
    }.Select(ArabicWords.ActorKey).ToHashSet(StringComparer.Ordinal);

    private static void Put(SortedDictionary<string, (string, char)> rows, string key, string code, char kind)
    {
        // One-word keys of two letters are noise in the dictionaries (and would fire on clitic fragments).
        if (key.Length < 3 || key.Split(' ').Length > 8 || CommonWords.Contains(key) || code == "000")
        {
            return;
        }

        rows[key] = (code, kind);
    }

    private static string? CodeOf(string line)
    {
        var a = line.IndexOf('[', StringComparison.Ordinal);
        var b = line.IndexOf(']', StringComparison.Ordinal);
        if (a < 0 || b <= a + 1)
        {
            return null;
        }

        var inner = line[(a + 1)..b].Trim();
        var space = inner.IndexOf(' ', StringComparison.Ordinal);
        var code = space < 0 ? inner : inner[..space];
        return code.Length == 0 || code == "---" ? null : code;
    }

    /// <summary>The rows of a hand-edited TSV file with at least <paramref name="fields"/> fields, keyed by their first.</summary>
    private static IEnumerable<(string Key, string[] Fields)> Rows(string? path, int fields)
    {
        if (path is null || !File.Exists(path))
        {
            yield break;
        }

        foreach (var line in File.ReadLines(path))
        {
            var f = line.Split('\t');
            if (!line.StartsWith('#') && f.Length >= fields && Key(f[0]) is { Length: > 0 } key)
            {
                yield return (key, f);
            }
        }
    }

    private static string Key(string name) =>
        string.Join(' ', ArabicWords.FoldPhrase(name.Trim()).Select(ArabicWords.ActorKey).Where(k => k.Length > 0));
}
