#!/usr/bin/env python3
"""Rebuilds samples/ from the ANT corpus (Apache-2.0; cite Chouigui et al., AICCSA 2017).

Run from the repo root: python3 samples/make_samples.py ../shared/data/antcorpus
The article texts are ANT's; the page chrome around them (menus, share buttons, related links, footers)
is made up here so the samples look like the pages Marsad meets in the wild.
"""
import html, json, re, sys, pathlib

ant = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/antcorpus")
out = pathlib.Path(__file__).resolve().parent

def read(name):
    raw = (ant / "internationalNews" / name).read_text(encoding="utf-8")
    get = lambda tag: re.search(rf"<{tag}>(.*?)</{tag}>", raw, re.S).group(1).strip()
    text = re.sub(r"[ \t]+", " ", get("TEXT")).strip()
    # ANT bodies are one or two long lines: split into paragraphs at sentence ends before a new «و…» sentence.
    paras = []
    for line in text.split("\n"):
        parts = re.split(r"(?<=[.!؟])\s+(?=و(?:أ|ش|قال|كان|ي|ت))", line.strip())
        paras.extend(p.strip() for p in parts if p.strip())
    return dict(url=get("URL"), title=get("TITLE"), time=get("TIME"), paras=paras, docno=get("DOCNO"))

NAV = """<header class="site-header"><a class="logo" href="/">جوهرة أف أم</a>
<nav class="main-menu"><ul><li><a href="/ar/national">وطنية</a></li><li><a href="/ar/world">دولية</a></li><li><a href="/ar/politics">سياسة</a></li>
<li><a href="/ar/economy">اقتصاد</a></li><li><a href="/ar/sport">رياضة</a></li><li><a href="/ar/culture">ثقافة</a></li></ul></nav></header>"""
SHARE = """<div class="share-buttons"><span>شارك</span> <a href="#">فيسبوك</a> <a href="#">تويتر</a> <a href="#">واتساب</a> <a href="#" class="print">طباعة</a> <a href="#">أرسل لصديق</a></div>"""
RELATED = """<aside class="related"><h3>اقرأ أيضا</h3><ul>
<li><a href="/ar/article/1">وزير الخارجية يستقبل سفير الاتحاد الأوروبي</a></li>
<li><a href="/ar/article/2">ارتفاع أسعار النفط في الأسواق العالمية</a></li>
<li><a href="/ar/article/3">انطلاق الدورة الجديدة لمهرجان قرطاج الدولي</a></li></ul></aside>
<div class="tags">كلمات مفتاحية: <a href="#">دولية</a> <a href="#">دبلوماسية</a></div>
<section class="comments"><h3>التعليقات</h3><p class="comment">تعليق: مقال ممتاز شكرا لكم</p></section>"""
FOOTER = """<footer><p>تابعونا على شبكات التواصل الاجتماعي</p><p>جميع الحقوق محفوظة © 2017 جوهرة أف أم</p></footer>"""
AR_MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
LEV_MONTHS = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"]
DAYS = {"Sunday": "الأحد", "Monday": "الاثنين", "Tuesday": "الثلاثاء", "Wednesday": "الأربعاء", "Thursday": "الخميس", "Friday": "الجمعة", "Saturday": "السبت"}

def parts(t):
    import datetime
    d = datetime.datetime.fromisoformat(t)
    return d, DAYS[d.strftime("%A")]

def page(a, head_extra, date_html, byline_html, charset):
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in a["paras"])
    return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta {charset}>
<title>{html.escape(a['title'])} | جوهرة أف أم</title>
{head_extra}
<script>window.dataLayer = window.dataLayer || []; function track() {{}}</script>
</head><body>
{NAV}
<main><div class="breadcrumb"><a href="/">الرئيسية</a> » <a href="/ar/world">دولية</a></div>
<article class="article-page">
<h1 class="article-title">{html.escape(a['title'])}</h1>
{date_html}
{byline_html}
{SHARE}
<div class="article-body">
{body}
</div>
{SHARE}
</article>
{RELATED}
<div class="ad-banner">إعلان</div>
</main>
{FOOTER}
</body></html>
"""

# 1. UTF-8 page with JSON-LD and Open Graph metadata.
a = read("JA-internationalNews-1199-20170617.txt")
ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": a["time"],
      "author": {"@type": "Organization", "name": "جوهرة أف أم"}, "mainEntityOfPage": a["url"]}
head = (f'<meta property="og:title" content="{html.escape(a["title"])}">\n<meta property="og:url" content="{html.escape(a["url"])}">\n'
        f'<meta property="article:published_time" content="{a["time"]}">\n<link rel="canonical" href="{html.escape(a["url"])}">\n'
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
d, day = parts(a["time"])
(out / "zarif-maghreb-tour.html").write_text(page(a, head, f'<div class="date">{day} {d.day} {AR_MONTHS[d.month-1]} {d.year}</div>', "", 'charset="utf-8"'), encoding="utf-8")

# 2. windows-1256 page, no metadata: the date and byline are only in the visible text.
a = read("JA-internationalNews-728-20170412.txt")
d, day = parts(a["time"])
h = d.hour % 12 or 12
ampm = "م" if d.hour >= 12 else "ص"
date_html = f'<div class="post-date">{day} {d.day}/{AR_MONTHS[d.month-1]}/{d.year} - {h:02d}:{d.minute:02d} {ampm}</div>'
doc = page(a, "", date_html, '<div class="byline">المصدر: جوهرة أف أم</div>', 'http-equiv="Content-Type" content="text/html; charset=windows-1256"')
(out / "russia-veto-windows-1256.html").write_bytes(doc.encode("cp1256", errors="replace"))

# 3. A page pasted as plain text, the way people copy it from a browser.
a = read("JA-internationalNews-502-20170312.txt")
d, day = parts(a["time"])
h = d.hour % 12 or 12
ampm = "م" if d.hour >= 12 else "ص"
dump = "\n".join([
    "الرئيسية / دولية", "", a["title"], "", f"{day} {d.day}/{AR_MONTHS[d.month-1]}/{d.year} - {h:02d}:{d.minute:02d} {ampm}", "",
    "طباعة", "شارك", "", a["title"], "", *sum(([p, ""] for p in a["paras"]), []),
    "اقرأ أيضا", "وزير الخارجية يستقبل سفير الاتحاد الأوروبي", "ارتفاع أسعار النفط في الأسواق العالمية", "", "تابعونا على فيسبوك"])
(out / "erdogan-netherlands.txt").write_text(dump + "\n", encoding="utf-8")

# 4. UTF-8 page with a Levantine month name in the date line and Open Graph only.
a = read("JA-internationalNews-1123-20170611.txt")
d, day = parts(a["time"])
head = f'<meta property="og:title" content="{html.escape(a["title"])}">'
(out / "kuwait-gulf-mediation.html").write_text(page(a, head, f'<span class="time">{d.day} {LEV_MONTHS[d.month-1]} {d.year}، {d.hour:02d}:{d.minute:02d}</span>', "", 'charset="utf-8"'), encoding="utf-8")
print("samples written to", out)
