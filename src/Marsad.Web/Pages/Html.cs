using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Marsad.Web.Pages;

/// <summary>
/// Builds HTML where every text and attribute value is encoded: article text is untrusted, so there is no way to
/// write markup from data. Markup comes only from tag and attribute names, which are constants in this code.
/// </summary>
internal sealed class Html
{
    // Arabic stays readable in the page source; <, >, &, quotes and everything dangerous are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder _sb = new(16 * 1024);

    public Html Open(string tag, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        _sb.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is null)
            {
                continue;
            }

            _sb.Append(' ').Append(name).Append("=\"");
            Encoder.Encode(new StringWriter(_sb, CultureInfo.InvariantCulture), value);
            _sb.Append('"');
        }

        _sb.Append('>');
        return this;
    }

    public Html Close(string tag)
    {
        _sb.Append("</").Append(tag).Append('>');
        return this;
    }

    public Html Text(string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            Encoder.Encode(new StringWriter(_sb, CultureInfo.InvariantCulture), text);
        }

        return this;
    }

    public Html Text(ReadOnlySpan<char> text) => Text(text.ToString());

    /// <summary>An element holding only text.</summary>
    public Html Element(string tag, string? text, params ReadOnlySpan<(string Name, string? Value)> attributes) =>
        Open(tag, attributes).Text(text).Close(tag);

    public Html Link(string href, string? text, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        Open("a", [("href", href), .. attributes]);
        return Text(text).Close("a");
    }

    /// <summary>For the few fixed fragments of this code (doctype); never called with data.</summary>
    public Html Markup(string constant)
    {
        _sb.Append(constant);
        return this;
    }

    public override string ToString() => _sb.ToString();

    /// <summary>A link to a page of the source outlet only when it is http(s): javascript: and data: URLs never become links.</summary>
    public static bool IsWebUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>A path with a query string, values escaped; null and empty values are left out.</summary>
    public static string Path(string path, params ReadOnlySpan<(string Name, string? Value)> query)
    {
        var sb = new StringBuilder(path);
        var first = true;
        foreach (var (name, value) in query)
        {
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            sb.Append(first ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
            first = false;
        }

        return sb.ToString();
    }

    public static string Num(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
