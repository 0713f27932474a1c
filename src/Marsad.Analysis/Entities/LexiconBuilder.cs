using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Marsad.Analysis.Entities;

/// <summary>
/// Builds the shipped lexicons from <c>../shared/data</c>: the tagger's gazetteer (models/ner/gazetteer.tsv.gz) and
/// the actor lexicons (models/actors/places.tsv.gz: states, cities and nationality adjectives with their ISO code;
/// models/actors/actors.tsv.gz: actor-dictionary names with codes; models/actors/titles.tsv.gz: titles).
/// </summary>
internal static class LexiconBuilder
{
    /// <summary>Common names the sources lack or spell differently («أمريكا», «بريطانيا»): name, ISO code.</summary>
    private static readonly (string Name, string Code)[] ExtraStates =
    [
        ("أمريكا", "US"), ("أميركا", "US"), ("الولايات المتحدة الأمريكية", "US"), ("الولايات المتحدة الأميركية", "US"),
        ("بريطانيا", "GB"), ("المملكة المتحدة", "GB"), ("سورية", "SY"), ("السعودية", "SA"), ("المملكة العربية السعودية", "SA"),
        ("الإمارات العربية المتحدة", "AE"), ("كوريا الشمالية", "KP"), ("روسيا الاتحادية", "RU"), ("ليبيا", "LY"),
        ("الأراضي الفلسطينية", "PS"), ("قطاع غزة", "PS"), ("الضفة الغربية", "PS"), ("هولندا", "NL"), ("الكونغو", "CD"),
        ("موريتانيا", "MR"), ("جيبوتي", "DJ"), ("الصومال", "SO"), ("جزر القمر", "KM"), ("البحرين", "BH"), ("سلطنة عمان", "OM"),
    ];

    /// <summary>
    /// Capitals the city list lacks (it has London, Ontario but not London; no Washington, Sanaa or Kyiv): name, ISO
    /// code. A capital is looked up before a city, so «لندن» is the British one.
    /// </summary>
    private static readonly (string Name, string Code)[] ExtraCapitals =
    [
        ("لندن", "GB"), ("واشنطن", "US"), ("أنقرة", "TR"), ("انقرة", "TR"), ("كييف", "UA"), ("صنعاء", "YE"), ("نيودلهي", "IN"),
        ("نيو دلهي", "IN"), ("برازيليا", "BR"), ("رام الله", "PS"),
    ];

    /// <summary>Nationality adjectives the derivation rule gets wrong or misses: adjective (masculine), ISO code.</summary>
    private static readonly (string Adjective, string Code)[] ExtraNationalities =
    [
        ("أمريكي", "US"), ("أميركي", "US"), ("بريطاني", "GB"), ("إماراتي", "AE"), ("فلسطيني", "PS"), ("إسرائيلي", "IL"),
        ("سعودي", "SA"), ("سوري", "SY"), ("عراقي", "IQ"), ("يمني", "YE"), ("أردني", "JO"), ("مصري", "EG"), ("ليبي", "LY"),
        ("روسي", "RU"), ("صيني", "CN"), ("ياباني", "JP"), ("هندي", "IN"), ("باكستاني", "PK"), ("أفغاني", "AF"),
        ("تركي", "TR"), ("إيراني", "IR"), ("فرنسي", "FR"), ("ألماني", "DE"), ("إيطالي", "IT"), ("إسباني", "ES"),
        ("هولندي", "NL"), ("بلجيكي", "BE"), ("سويسري", "CH"), ("نمساوي", "AT"), ("يوناني", "GR"), ("قبرصي", "CY"),
        ("لبناني", "LB"), ("كويتي", "KW"), ("قطري", "QA"), ("بحريني", "BH"), ("عماني", "OM"), ("سوداني", "SD"),
        ("تونسي", "TN"), ("جزائري", "DZ"), ("مغربي", "MA"), ("موريتاني", "MR"), ("صومالي", "SO"), ("إثيوبي", "ET"),
        ("كوري", "KR"), ("أوكراني", "UA"), ("بولندي", "PL"), ("كندي", "CA"), ("أسترالي", "AU"), ("برازيلي", "BR"),
        ("مكسيكي", "MX"), ("أرجنتيني", "AR"), ("نيجيري", "NG"), ("كيني", "KE"), ("إندونيسي", "ID"), ("ماليزي", "MY"),
        ("بنغالي", "BD"), ("سويدي", "SE"), ("نرويجي", "NO"), ("دنماركي", "DK"), ("فنلندي", "FI"), ("إيرلندي", "IE"),
        ("برتغالي", "PT"), ("روماني", "RO"), ("مجري", "HU"), ("تشيكي", "CZ"), ("صربي", "RS"), ("أرميني", "AM"),
        ("أذربيجاني", "AZ"), ("جورجي", "GE"), ("كازاخي", "KZ"), ("أوزبكي", "UZ"), ("تشادي", "TD"), ("مالي", "ML"),
        ("سنغالي", "SN"), ("فنزويلي", "VE"), ("كوبي", "CU"), ("كولومبي", "CO"), ("تايواني", "TW"), ("فيتنامي", "VN"),
    ];

    /// <summary>Title heads and phrases (besides the UniversalPetrarch agents list) that introduce a person's role.</summary>
    internal static readonly string[] ExtraTitles =
    [
        "رئيس", "وزير", "نائب", "متحدث", "المتحدث باسم", "الناطق باسم", "ناطق", "سفير", "قائد", "أمين عام", "الأمين العام",
        "مدير", "ملك", "أمير", "ولي العهد", "ولي ولي العهد", "مستشار", "محافظ", "زعيم", "عضو", "رئيس الوزراء", "رئيس الحكومة",
        "وزير الخارجية", "وزير الدفاع", "وزير الداخلية", "المرشد", "مرشد", "الشيخ", "شيخ", "العاهل", "عاهل", "الرئيس",
        "المبعوث", "مبعوث", "المندوب", "مندوب", "السفير", "القائد", "النائب", "الجنرال", "اللواء", "العميد", "العقيد",
        "الفريق", "المشير", "رئيسة", "وزيرة", "نائبة", "المتحدثة باسم", "الناطقة باسم", "سفيرة", "مديرة", "الأميرة",
        "الملكة", "رئيس المكتب السياسي", "عضو المكتب السياسي", "قائد الجيش", "رئيس الأركان", "مساعد", "وكيل", "كبير",
        "المفوض", "مفوض", "المدعي العام", "النائب العام", "القاضي", "قاضي", "البابا", "المطران", "الإمام", "المفتي", "مفتي",
        "خادم الحرمين الشريفين", "السيناتور", "سيناتور", "النائبة", "الوزير", "الوزيرة", "رئيس الجمهورية", "مدرب", "المدرب",
    ];

    public static void Build(string dataDir, string modelsDir, Action<string>? log = null)
    {
        var gaz = new List<(string Class, string Phrase)>();
        var places = new List<(string Kind, string Code, string Name)>();

        // ANERGazet: person name parts, organizations, locations ('====' and '****' separate sections).
        var anerGazet = Path.Combine(dataDir, "anercorp-original", "ANERGazet");
        foreach (var (dir, cls) in new[] { ("AlignedPersGazetteer", "PER"), ("AlignedOrgGazetteer", "ORG"), ("AlignedLocGazetteer", "LOC") })
        {
            foreach (var line in File.ReadLines(Path.Combine(anerGazet, dir, "data"), Encoding.UTF8))
            {
                var t = line.Trim();
                if (t.Length > 1 && !t.StartsWith("==", StringComparison.Ordinal) && !t.StartsWith("**", StringComparison.Ordinal) && !t.Contains('\uFFFD', StringComparison.Ordinal))
                {
                    gaz.Add((cls, t));
                }
            }
        }

        // States: countries-mledoze Arabic names; cities: world-cities-ar, keyed to states by English name.
        var byEnglish = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var capitals = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        using (var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dataDir, "countries-mledoze", "countries.json"))))
        {
            foreach (var c in json.RootElement.EnumerateArray())
            {
                var code = c.GetProperty("cca2").GetString()!;
                byEnglish[c.GetProperty("name").GetProperty("common").GetString()!] = code;
                byEnglish[c.GetProperty("name").GetProperty("official").GetString()!] = code;
                if (c.TryGetProperty("cca3", out var cca3) && cca3.GetString() is { Length: 3 } c3)
                {
                    // CAMEO's state codes are ISO 3166 alpha-3.
                    places.Add(("cca3", code, c3));
                }

                if (c.TryGetProperty("capital", out var cap) && cap.ValueKind == JsonValueKind.Array && cap.GetArrayLength() > 0)
                {
                    // «Washington D.C.» is «Washington» in the city list: compare first words.
                    capitals.TryAdd(cap[0].GetString()!.Split(' ')[0] + "|" + code, code);
                }
                if (c.TryGetProperty("translations", out var tr) && tr.TryGetProperty("ara", out var ara))
                {
                    foreach (var key in new[] { "common", "official" })
                    {
                        if (ara.TryGetProperty(key, out var name) && name.GetString() is { Length: > 1 } n)
                        {
                            places.Add(("state", code, n));
                            if (key == "common")
                            {
                                places.Add(("statename", code, n));
                            }
                        }
                    }
                }
            }
        }

        foreach (var (name, code) in ExtraStates)
        {
            places.Add(("state", code, name));
        }

        var byArabic = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (kind, code, name) in places.Where(p => p.Kind == "state"))
        {
            byArabic.TryAdd(name, code);
        }

        foreach (var line in File.ReadLines(Path.Combine(dataDir, "world-cities-ar", "world-cities.csv"), Encoding.UTF8).Skip(1))
        {
            var f = line.Split(',').Select(s => s.Trim('"', '\uFEFF')).ToArray();
            // Some English names differ between the sources (Turkey/Türkiye): fall back to the Arabic state name.
            if (f.Length >= 4 && f[2].Length > 1 && (byEnglish.TryGetValue(f[1], out var code) || byArabic.TryGetValue(f[0], out code)))
            {
                // «ولاية قندهار» → also «قندهار».
                places.Add(("city", code, f[2]));
                if (capitals.ContainsKey(f[3].Split(' ')[0] + "|" + code))
                {
                    places.Add(("capital", code, f[2]));
                }
                foreach (var prefix in new[] { "ولاية ", "محافظة ", "مدينة ", "إقليم " })
                {
                    if (f[2].StartsWith(prefix, StringComparison.Ordinal))
                    {
                        places.Add(("city", code, f[2][prefix.Length..]));
                    }
                }
            }
        }

        foreach (var (name, code) in ExtraCapitals)
        {
            places.Add(("capital", code, name));
        }

        // Nationality adjectives: derived from single-word state names, then the hand list (which wins).
        var nationalities = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (kind, code, name) in places.Where(p => p.Kind == "statename").ToList())
        {
            if (!name.Contains(' ', StringComparison.Ordinal) && Nationality(name) is { } adj)
            {
                nationalities.TryAdd(adj, code);
            }
        }

        foreach (var (adj, code) in ExtraNationalities)
        {
            nationalities[adj] = code;
        }

        foreach (var (adj, code) in nationalities)
        {
            places.Add(("nationality", code, adj));
        }

        foreach (var (kind, _, name) in places.Where(p => p.Kind is "state" or "city" or "nationality"))
        {
            gaz.Add((kind switch { "state" => "GPE", "city" => "CITY", _ => "NAT" }, name));
            if (kind == "nationality")
            {
                // Feminine and plural forms: «الإيرانية», «الإيرانيون», «الإيرانيين».
                gaz.Add(("NAT", name + "ة"));
                gaz.Add(("NAT", name + "ون"));
                gaz.Add(("NAT", name + "ين"));
            }
        }

        // Actor dictionary: lemmatized names with codes (first code listed).
        var actors = new List<(string Name, string Code)>();
        string? pending = null;
        foreach (var raw in File.ReadLines(Path.Combine(dataDir, "universalpetrarch-arabic", "dictionaries", "actor_dict_ar_v4.txt"), Encoding.UTF8))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var open = line.IndexOf('[', StringComparison.Ordinal);
            var name = (open < 0 ? line : line[..open]).Replace('_', ' ').Trim();
            var code = open < 0 ? null : line[(open + 1)..].Split([' ', ']'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
            if (name.Length > 0)
            {
                pending = name;
            }

            if (code is not null && pending is not null && !code.StartsWith('~'))
            {
                actors.Add((pending, code));
                pending = null;
            }
        }

        foreach (var (name, _) in actors)
        {
            gaz.Add(("ACT", name));
        }

        // Titles: UniversalPetrarch agents (lemmatized phrases) plus the hand list.
        var titles = new List<(string Title, string Sector)>();
        foreach (var raw in File.ReadLines(Path.Combine(dataDir, "universalpetrarch-arabic", "dictionaries", "agents.all.ar_v3.txt"), Encoding.UTF8))
        {
            var open = raw.IndexOf("[~", StringComparison.Ordinal);
            if (raw.StartsWith('#') || open <= 0)
            {
                continue;
            }

            var title = raw[..open].Replace('_', ' ').Trim();
            var sector = raw[(open + 2)..].TrimEnd(']', ' ');
            titles.Add((title, sector));
        }

        foreach (var t in ExtraTitles)
        {
            titles.Add((t, ""));
        }

        foreach (var (t, _) in titles)
        {
            gaz.Add(("TTL", t));
        }

        Write(Path.Combine(modelsDir, "ner", "gazetteer.tsv.gz"), gaz.Distinct().OrderBy(g => g.Class, StringComparer.Ordinal).ThenBy(g => g.Phrase, StringComparer.Ordinal).Select(g => $"{g.Class}\t{g.Phrase}"));
        Write(Path.Combine(modelsDir, "actors", "places.tsv.gz"), places.Distinct().OrderBy(p => p.Kind, StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal).Select(p => $"{p.Kind}\t{p.Code}\t{p.Name}"));
        Write(Path.Combine(modelsDir, "actors", "actors.tsv.gz"), actors.Distinct().OrderBy(a => a.Name, StringComparer.Ordinal).Select(a => $"{a.Code}\t{a.Name}"));
        Write(Path.Combine(modelsDir, "actors", "titles.tsv.gz"), titles.Distinct().OrderBy(t => t.Title, StringComparer.Ordinal).Select(t => $"{t.Sector}\t{t.Title}"));
        log?.Invoke($"gazetteer {gaz.Count} phrases, places {places.Count}, actors {actors.Count}, titles {titles.Count}");
    }

    /// <summary>«تركيا» → «تركي», «فرنسا» → «فرنسي», «السعودية» → «سعودي», «إيران» → «إيراني».</summary>
    internal static string? Nationality(string state)
    {
        var s = state.StartsWith("ال", StringComparison.Ordinal) ? state[2..] : state;
        if (s.Length < 3)
        {
            return null;
        }

        if (s.EndsWith("يا", StringComparison.Ordinal))
        {
            return s[..^2] + "ي";
        }

        if (s.EndsWith("ية", StringComparison.Ordinal))
        {
            return s[..^1];
        }

        if (s[^1] is 'ا' or 'ة')
        {
            return s[..^1] + "ي";
        }

        return s + "ي";
    }

    private static void Write(string path, IEnumerable<string> lines)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var file = File.Create(path);
        using var z = new GZipStream(file, CompressionLevel.SmallestSize);
        using var w = new StreamWriter(z, new UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var line in lines)
        {
            w.WriteLine(line);
        }
    }
}
