#!/usr/bin/env python3
"""Body-text F1 of predictions against the scrapinghub ground truth, as the benchmark's evaluate.py defines it:
4-token shingles (\\w+ tokens), per-page TP/FP/FN, precision and recall averaged over pages, F1 of the averages.
Written from that definition (the benchmark's code is not copied here)."""
import json, re, sys
from collections import Counter

TOKEN = re.compile(r"\w+", re.UNICODE)


def shingles(text, n=4):
    tokens = TOKEN.findall(text or "")
    return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i:i + n])


def counts(gold, pred):
    g, p = shingles(gold), shingles(pred)
    tp = sum((g & p).values())
    fp = sum((p - g).values())
    fn = sum((g - p).values())
    return tp, fp, fn


def main():
    truth = json.load(open(sys.argv[1], encoding="utf-8"))
    pred = json.load(open(sys.argv[2], encoding="utf-8"))
    precisions, recalls = [], []
    for key, item in truth.items():
        tp, fp, fn = counts(item.get("articleBody", ""), pred.get(key, {}).get("articleBody", ""))
        if tp + fp > 0:
            precisions.append(1.0 if fp == fn == 0 else tp / (tp + fp))
        if tp + fn > 0:
            recalls.append(1.0 if fp == fn == 0 else tp / (tp + fn))
    p = sum(precisions) / len(precisions)
    r = sum(recalls) / len(recalls)
    print(f"{p:.3f} {r:.3f} {2 * p * r / (p + r):.3f}")


if __name__ == "__main__":
    main()
