namespace Marsad.Web.Pages;

/// <summary>The frame every page shares: document language and direction, navigation, the stylesheet and script.</summary>
internal static class Layout
{
    public static Html Begin(Labels l, string title, string path)
    {
        var h = new Html();
        h.Markup("<!DOCTYPE html>");
        h.Open("html", ("lang", l.Lang), ("dir", l.Dir));
        h.Open("head");
        h.Open("meta", ("charset", "utf-8"));
        h.Open("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1"));
        h.Element("title", $"{title} · {l["app"]}");
        h.Open("link", ("rel", "stylesheet"), ("href", "/static/app.css"));
        h.Open("script", ("src", "/static/app.js"), ("defer", "defer")).Close("script");
        h.Close("head");
        h.Open("body");
        h.Open("header", ("class", "top"));
        h.Open("a", ("href", "/"), ("class", "brand")).Text(l["app"]).Close("a");
        h.Element("span", l["tagline"], ("class", "tagline"));
        h.Open("nav");
        h.Link("/", l["search"]);
        h.Link("/dashboard", l["dashboard"]);
        h.Link("/actors", l["actors"]);
        h.Link(Html.Path("/lang", ("to", l.IsEnglish ? "ar" : "en"), ("back", path)), l["switch"], ("class", "lang"), ("lang", l.IsEnglish ? "ar" : "en"));
        h.Close("nav");
        h.Close("header");
        h.Open("main");
        return h;
    }

    public static string End(Html h)
    {
        h.Close("main");
        h.Open("div", ("id", "tip"), ("class", "tip"), ("role", "tooltip"), ("hidden", "hidden")).Close("div");
        h.Close("body").Close("html");
        return h.ToString();
    }

    public static string NotFound(Labels l, string path, string what)
    {
        var h = Begin(l, l["notFound"], path);
        h.Element("h1", l["notFound"]).Element("p", what, ("class", "muted"));
        return End(h);
    }
}
