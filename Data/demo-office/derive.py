#!/usr/bin/env python3
"""Derives the demo office's files from the shared real-data sets.

Run once by a developer (not by the product): python3 derive.py ../../../shared/data
It writes patents.jsonl and trademarks.jsonl next to itself; PROVENANCE.md says what they hold.
"""
import gzip, hashlib, json, os, sys

src = sys.argv[1] if len(sys.argv) > 1 else "../../../shared/data"
here = os.path.dirname(os.path.abspath(__file__))

def stable(key):
    return int(hashlib.sha256(key.encode()).hexdigest()[:12], 16)

def trimmed(record):
    claims = [c.strip() for c in record.get("claims") or [] if c.strip()][:5]
    return {
        "source_id": record.get("pub_id") or record["id"],
        "title": " ".join(record["title"].split()),
        "abstract": " ".join((record.get("abstract") or "").split())[:2000],
        "claims": [c[:1500] for c in claims],
        "ipc": record.get("ipc") or [],
        "applicants": record.get("applicants") or [],
        "inventors": record.get("inventors") or [],
        "filing_date": record.get("filing_date") or "",
        "publication_date": record.get("publication_date") or "",
        "country": record.get("country") or "",
        "kind": record.get("kind") or "",
    }

with gzip.open(os.path.join(src, "prior_art_eval/corpus.jsonl.gz"), "rt") as f:
    corpus = [json.loads(line) for line in f]

rich = [r for r in corpus if r["text_level"] in ("fulltext", "abstract") and r["title"].strip()]
designs = [r for r in rich if (r.get("kind") or "").startswith("S")]
utility = [r for r in rich if not (r.get("kind") or "").startswith("S")]
titled = sorted((r for r in corpus if r["text_level"] == "title_only" and r["title"].strip() and r.get("applicants")),
                key=lambda r: stable(r["id"]))[:120]

with open(os.path.join(here, "patents.jsonl"), "w") as out:
    for r in sorted(utility, key=lambda r: stable(r["id"])) + titled:
        out.write(json.dumps(dict(trimmed(r), ip_kind="patent"), ensure_ascii=False) + "\n")
    for r in sorted(designs, key=lambda r: stable(r["id"]))[:120]:
        out.write(json.dumps(dict(trimmed(r), ip_kind="design"), ensure_ascii=False) + "\n")

# The register export carries no Nice classes; the demo assigns plausible ones (documented).
class_sets = [[9], [9, 42], [9, 35, 42], [42], [38, 42], [9, 38], [35, 41], [16, 41], [9, 16, 41], [35, 36]]
with gzip.open(os.path.join(src, "trademarks_sample/trademarks.jsonl.gz"), "rt") as f:
    marks = [json.loads(line) for line in f]
seen = set()
chosen = []
for m in sorted(marks, key=lambda m: stable(m["office"] + m["id"])):
    text = " ".join(m["mark"].split())
    if not text or text.lower() in seen:
        continue
    seen.add(text.lower())
    chosen.append(m)
    if len(chosen) == 600:
        break
with open(os.path.join(here, "trademarks.jsonl"), "w") as out:
    for m in chosen:
        classes = [int(c) for c in m["nice_classes"]] or class_sets[stable(m["id"]) % len(class_sets)]
        out.write(json.dumps({
            "source_id": m["office"] + " " + m["id"],
            "mark": " ".join(m["mark"].split()),
            "register_status": m["status_de"],
            "nice_classes": classes,
            "nice_classes_assigned": not m["nice_classes"],
            "goods_services": m["goods_services"],
        }, ensure_ascii=False) + "\n")
