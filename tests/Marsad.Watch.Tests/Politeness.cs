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

    /// <summary>
    /// The k-th request (in order of start) started no earlier than <paramref name="gap"/> × k after
    /// <paramref name="before"/>, a time read before the first request was made. The server logs when its handler
    /// starts, which a loaded machine delays by any amount, so gaps between logged starts prove nothing either way;
    /// but a delay only makes a start later, and a start is never earlier than its send, so this bound holds for a
    /// fetcher that spaces its sends and fails for one that does not.
    /// </summary>
    public static void AssertSpaced(DateTime before, IEnumerable<ServedRequest> requests, TimeSpan gap)
    {
        var starts = requests.Select(r => r.Start).Order().ToList();
        Assert.True(starts.Count >= 2, $"{starts.Count} requests");
        for (var k = 1; k < starts.Count; k++)
        {
            var earliest = before + (gap * k) - TimeSpan.FromMilliseconds(5);
            Assert.True(starts[k] >= earliest, $"request {k} started {(starts[k] - before).TotalMilliseconds:0} ms after the fetches began, sooner than {(gap * k).TotalMilliseconds:0} ms");
        }
    }
}
