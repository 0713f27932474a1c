namespace Marsad.Extraction;

/// <summary>
/// Arabic and English bylines: «كتب: فلان», «بقلم فلان», «كتبت …», «بقلم الكاتب …», "By …".
/// FIRST CUT (foundation): the dates/text-dump work replaces the internals, keeping the signature.
/// </summary>
public static class Bylines
{
    private static readonly string[] Cues = ["بقلم الكاتب", "بقلم", "كتبت", "كتب", "By", "by"];

    /// <summary>Authors named by <paramref name="line"/> when the whole line is a byline; false otherwise.</summary>
    public static bool TryParse(string line, out IReadOnlyList<string> authors)
    {
        ArgumentNullException.ThrowIfNull(line);
        authors = [];
        var t = line.Trim();
        foreach (var cue in Cues)
        {
            if (t.StartsWith(cue + " ", StringComparison.Ordinal) || t.StartsWith(cue + ":", StringComparison.Ordinal))
            {
                var name = t[cue.Length..].Trim(' ', ':', '-', '–');
                if (name.Length is > 1 and < 60)
                {
                    authors = [name];
                    return true;
                }
            }
        }

        return false;
    }
}
