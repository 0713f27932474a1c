using System.Globalization;
using Marsad.Storage.Reading;

namespace Marsad.Web.Pages;

/// <summary>
/// Charts drawn on the server as SVG: nothing to download, works offline, and the same encoding rules as the rest of
/// the page. Presentation attributes (not style attributes) keep them inside the Content-Security-Policy.
/// </summary>
internal static class Charts
{
    private const int Width = 720;

    private static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>Counts per day as bars, oldest on the left; each bar's tooltip names the day and the count.</summary>
    public static void DayBars(Html h, IReadOnlyList<DayCount> days, string title, string cssClass = "chart")
    {
        const int height = 160, bottom = 20, top = 10;
        h.Open("figure", ("class", cssClass)).Element("figcaption", title);
        if (days.Count == 0)
        {
            h.Element("p", "—", ("class", "muted")).Close("figure");
            return;
        }

        days = Continuous(days);
        var max = Math.Max(1, days.Max(d => d.Count));
        var step = (double)Width / days.Count;
        var bar = Math.Clamp(step * 0.8, 1, 36);
        h.Open("svg", ("viewBox", $"0 0 {Width} {height}"), ("role", "img"), ("aria-label", title), ("direction", "ltr"), ("class", "svg"));
        h.Open("line", ("x1", "0"), ("y1", F(height - bottom)), ("x2", F(Width)), ("y2", F(height - bottom)), ("stroke", "#9aa5b1")).Close("line");
        for (var i = 0; i < days.Count; i++)
        {
            var d = days[i];
            var len = (height - bottom - top) * (double)d.Count / max;
            h.Open("rect", ("x", F(i * step)), ("y", F(height - bottom - len)), ("width", F(bar)), ("height", F(Math.Max(len, 0.5))), ("fill", "#2f6f8f"), ("class", "bar"));
            h.Element("title", $"{d.Day}: {d.Count.ToString(CultureInfo.InvariantCulture)}");
            h.Close("rect");
        }

        h.Element("text", days[0].Day, ("x", "0"), ("y", F(height - 4)), ("font-size", "11"), ("fill", "#52606d"));
        h.Element("text", days[^1].Day, ("x", F(Width)), ("y", F(height - 4)), ("font-size", "11"), ("fill", "#52606d"), ("text-anchor", "end"));
        h.Element("text", max.ToString(CultureInfo.InvariantCulture), ("x", "2"), ("y", F(top + 10)), ("font-size", "11"), ("fill", "#52606d"));
        h.Close("svg").Close("figure");
    }

    /// <summary>
    /// Every day from the first to the last, zero where nothing happened, so the axis is time and not a list of
    /// dates; left as given when the days do not parse or span more than two years.
    /// </summary>
    internal static IReadOnlyList<DayCount> Continuous(IReadOnlyList<DayCount> days)
    {
        var parsed = new List<(DateOnly Day, long Count)>(days.Count);
        foreach (var d in days)
        {
            if (!DateOnly.TryParseExact(d.Day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return days;
            }

            parsed.Add((day, d.Count));
        }

        if (parsed.Count == 0)
        {
            return days;
        }

        var first = parsed.Min(p => p.Day);
        var last = parsed.Max(p => p.Day);
        if (last.DayNumber - first.DayNumber > 731)
        {
            return days;
        }

        var counts = parsed.GroupBy(p => p.Day).ToDictionary(g => g.Key, g => g.Sum(p => p.Count));
        var all = new List<DayCount>(last.DayNumber - first.DayNumber + 1);
        for (var d = first; d <= last; d = d.AddDays(1))
        {
            all.Add(new DayCount(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), counts.GetValueOrDefault(d)));
        }

        return all;
    }

    private static string Short(string name) => name.Length <= 28 ? name : string.Concat(name.AsSpan(0, 27), "…");

    /// <summary>Horizontal bars, one per actor, names on the reading side (right in Arabic), each a link to the actor.</summary>
    public static void ActorBars(Html h, IReadOnlyList<ActorSummary> actors, string title, bool rtl)
    {
        const int row = 24;
        h.Open("figure", ("class", "chart")).Element("figcaption", title);
        if (actors.Count == 0)
        {
            h.Element("p", "—", ("class", "muted")).Close("figure");
            return;
        }

        var height = (actors.Count * row) + 8;
        var max = Math.Max(1, actors.Max(a => a.Articles));
        const double labelWidth = 220, barSpace = Width - labelWidth - 60;
        h.Open("svg", ("viewBox", $"0 0 {Width} {height}"), ("role", "img"), ("aria-label", title), ("class", "svg"));
        for (var i = 0; i < actors.Count; i++)
        {
            var a = actors[i];
            var y = (i * row) + 4;
            var len = Math.Max(2, barSpace * a.Articles / max);
            // Arabic: names at the right edge, bars growing leftwards; English: the mirror image.
            var barX = rtl ? Width - labelWidth - len : labelWidth;
            var labelX = rtl ? Width - 4 : labelWidth - 8;
            var countX = rtl ? barX - 6 : labelWidth + len + 6;
            h.Open("a", ("href", $"/actors/{a.Id.ToString(CultureInfo.InvariantCulture)}"));
            h.Element("text", Short(a.Name), ("x", F(labelX)), ("y", F(y + 15)), ("font-size", "13"), ("fill", "#1f2933"), ("text-anchor", rtl ? "start" : "end"), ("direction", rtl ? "rtl" : "ltr"));
            h.Close("a");
            h.Open("rect", ("x", F(barX)), ("y", F(y + 3)), ("width", F(len)), ("height", "16"), ("fill", "#c05621"));
            h.Element("title", $"{a.Name}: {a.Articles.ToString(CultureInfo.InvariantCulture)}").Close("rect");
            h.Element("text", a.Articles.ToString(CultureInfo.InvariantCulture), ("x", F(countX)), ("y", F(y + 15)), ("font-size", "11"), ("fill", "#52606d"), ("text-anchor", rtl ? "end" : "start"), ("direction", "ltr"));
        }

        h.Close("svg").Close("figure");
    }

    /// <summary>Event types over time as a heat map: a row per PLOVER type, a column per day, darker for more events.</summary>
    public static void TypeHeatmap(Html h, IReadOnlyList<TypeDayCount> cells, IReadOnlyList<DayCount> days, string title)
    {
        h.Open("figure", ("class", "chart")).Element("figcaption", title);
        var types = cells.Select(c => c.Type).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var dayList = Continuous([.. days.Select(d => d.Day).Union(cells.Select(c => c.Day), StringComparer.Ordinal).Select(d => new DayCount(d, 0))])
            .Select(d => d.Day).Order(StringComparer.Ordinal).ToList();
        if (types.Count == 0 || dayList.Count == 0)
        {
            h.Element("p", "—", ("class", "muted")).Close("figure");
            return;
        }

        const int row = 18, labelWidth = 100;
        var height = (types.Count * row) + 24;
        var step = (double)(Width - labelWidth) / dayList.Count;
        var col = dayList.Select((d, i) => (d, i)).ToDictionary(p => p.d, p => p.i, StringComparer.Ordinal);
        var max = Math.Max(1, cells.Max(c => c.Count));
        h.Open("svg", ("viewBox", $"0 0 {Width} {height}"), ("role", "img"), ("aria-label", title), ("direction", "ltr"), ("class", "svg"));
        for (var t = 0; t < types.Count; t++)
        {
            h.Element("text", types[t], ("x", F(Width - 2)), ("y", F((t * row) + 13)), ("font-size", "11"), ("fill", "#1f2933"), ("text-anchor", "end"));
        }

        var rowOf = types.Select((x, i) => (x, i)).ToDictionary(p => p.x, p => p.i, StringComparer.Ordinal);
        foreach (var c in cells)
        {
            var opacity = 0.15 + (0.85 * c.Count / max);
            h.Open("rect", ("x", F(col[c.Day] * step)), ("y", F(rowOf[c.Type] * row)), ("width", F(Math.Max(1, step - 1))), ("height", F(row - 2)),
                ("fill", "#6b46c1"), ("fill-opacity", opacity.ToString("0.00", CultureInfo.InvariantCulture)));
            h.Element("title", $"{c.Type} · {c.Day}: {c.Count.ToString(CultureInfo.InvariantCulture)}").Close("rect");
        }

        h.Element("text", dayList[0], ("x", "0"), ("y", F(height - 4)), ("font-size", "11"), ("fill", "#52606d"));
        h.Element("text", dayList[^1], ("x", F(Width - labelWidth)), ("y", F(height - 4)), ("font-size", "11"), ("fill", "#52606d"), ("text-anchor", "end"));
        h.Close("svg").Close("figure");
    }
}
