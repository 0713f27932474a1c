"""Draws the sentence-level PROTEST/ASSAULT detection dev set from SaudiNewsNet (not a test set).

Sentences (split at newlines and at . ! ? ؟ followed by a space) that contain a broad protest or assault keyword are
sampled at random (seed 11), at most one per article, from articles outside the 40-article quote/event dev set.
Stores ids and offsets only (date file, URL, start, end, sha1 of the sentence); the text stays in ../shared/data
(CC BY-NC-SA, never shipped). Labels are added by hand (see docs/annotation.md, "Event detection").
Usage: python3 eval/select_detect_sentences.py > /tmp/candidates.tsv
       python3 eval/select_detect_sentences.py 12 50 > /tmp/check.tsv   (seed, sentences per type: the held-out check set)
"""
import sys
import glob, hashlib, json, os, random, re, zipfile

root = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data", "saudinewsnet", "dataset")
if not os.path.isdir(root):
    root = "../shared/data/saudinewsnet/dataset"
here = os.path.dirname(__file__)
dev = {l.split("\t")[2] for l in open(os.path.join(here, "quotes-events-dev.ids.tsv"), encoding="utf-8").read().splitlines()[1:]}

def fold(s):
    return s.translate(str.maketrans("أإآىة", "ااايه"))

KEYS = {
    "PROTEST": re.compile(r"تظاهر|مظاهر|احتج|اعتصا?م|مسير|اضراب|مضرب|شغب|محتج|معتص|هتف|هتاف|قطع\S* (ال)?طر|انتفاض|عصيان|وقفه|احتشد|تجمهر|مقاطعه"),
    "ASSAULT": re.compile(r"قتل|هجوم|هاجم|اغتيال|اغتال|تفجير|انفجار|فجر|قصف|غاره|غارات|اشتباك|اختطاف|خطف|اعتداء|ذبح|اعدام|رصاص|مفخخ|انتحاري|استهدا?ف|طعن|تعذيب|جرح|اصاب"),
}
split = re.compile(r"\n+|(?<=[.!?؟])\s+")
pool = {t: [] for t in KEYS}
for z in sorted(glob.glob(os.path.join(root, "*.zip"))):
    with zipfile.ZipFile(z) as f:
        for a in json.loads(f.read(f.namelist()[0])):
            c = a.get("content") or ""
            if a["url"] in dev:
                continue
            found = {t: [] for t in KEYS}
            pos = 0
            for part in split.split(c):
                start = c.find(part, pos)
                pos = start + len(part)
                s = part.strip()
                if not (40 <= len(s) <= 600):
                    continue
                start += len(part) - len(part.lstrip())
                for t, rx in KEYS.items():
                    if rx.search(fold(s)):
                        found[t].append((os.path.basename(z), a["url"], start, start + len(s), s))
            for t in KEYS:
                if found[t]:
                    pool[t].append(found[t])
seed = int(sys.argv[1]) if len(sys.argv) > 1 else 11
per_type = int(sys.argv[2]) if len(sys.argv) > 2 else 200
rng = random.Random(seed)
print("type\tfile\turl\tstart\tend\tsha1_16\tlabel")
for t in KEYS:
    arts = pool[t]
    rng.shuffle(arts)
    for sents in arts[:per_type]:
        z, u, s, e, text = sents[rng.randrange(len(sents))]
        print(f"{t}\t{z}\t{u}\t{s}\t{e}\t{hashlib.sha1(text.encode()).hexdigest()[:16]}\t?")
