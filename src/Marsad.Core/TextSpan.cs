using System.Text.Json.Serialization;

namespace Marsad.Core;

/// <summary>A half-open range <c>[Start, End)</c> of UTF-16 code units into <see cref="Document.Text"/>.</summary>
public readonly record struct TextSpan
{
    [JsonConstructor]
    public TextSpan(int start, int end)
    {
        if (start < 0 || end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"invalid span [{start}, {end})");
        }

        Start = start;
        End = end;
    }

    [JsonPropertyName("start")]
    public int Start { get; }

    [JsonPropertyName("end")]
    public int End { get; }

    [JsonIgnore]
    public int Length => End - Start;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    public string Of(string text) => text.Substring(Start, Length);

    public ReadOnlySpan<char> SliceOf(ReadOnlySpan<char> text) => text.Slice(Start, Length);

    public override string ToString() => $"[{Start}, {End})";
}
