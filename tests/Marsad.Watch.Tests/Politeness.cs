namespace Marsad.Watch.Tests;

/// <summary>Politeness as measured from the server's log.</summary>
public static class Politeness
{
    public static int MaxConcurrent(IEnumerable<ServedRequest> requests)
    {
        var events = requests.SelectMany(r => new[] { (r.Start, 1), (r.End, -1) }).OrderBy(e => e.Item1).ThenBy(e => e.Item2).ToList();
        int current = 0, max = 0;
        foreach (var (_, delta) in events)
        {
            current += delta;
            max = Math.Max(max, current);
        }

        return max;
    }

    public static TimeSpan MinGap(IEnumerable<ServedRequest> requests)
    {
        var starts = requests.Select(r => r.Start).Order().ToList();
        return starts.Count < 2 ? TimeSpan.MaxValue : starts.Zip(starts.Skip(1), (a, b) => b - a).Min();
    }
}
