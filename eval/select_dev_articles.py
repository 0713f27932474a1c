"""Draws the quote/event annotation dev set from SaudiNewsNet: 40 articles, random (seed 5) across sources.

Stores ids only (date file + URL); the text stays in ../shared/data (CC BY-NC-SA, never shipped).
Usage: python3 eval/select_dev_articles.py > eval/quotes-events-dev.ids.tsv
"""
import hashlib, json, random, zipfile, glob, os, collections, sys

root = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data", "saudinewsnet", "dataset")
if not os.path.isdir(root):
    root = "../shared/data/saudinewsnet/dataset"
arts = []
for z in sorted(glob.glob(os.path.join(root, "*.zip"))):
    with zipfile.ZipFile(z) as f:
        name = f.namelist()[0]
        for a in json.loads(f.read(name)):
            c = a.get("content") or ""
            # Bounded length keeps hand annotation feasible; noted in docs/annotation.md.
            if 300 <= len(c) <= 2500:
                arts.append((os.path.basename(z), a["source"], a["url"], c))
rng = random.Random(5)
by = collections.defaultdict(list)
for a in arts:
    by[a[1]].append(a)
sources = sorted(by)
picked = []
i = 0
while len(picked) < 40:
    s = sources[i % len(sources)]
    i += 1
    if by[s]:
        picked.append(by[s].pop(rng.randrange(len(by[s]))))
print("file\tsource\turl\tsha1_16")
for z, s, u, c in picked:
    print(f"{z}\t{s}\t{u}\t{hashlib.sha1(c.encode()).hexdigest()[:16]}")
