#!/usr/bin/env python3
"""The landscape at scale: imports COUNT synthetic organizations, starts the
server (release build) and measures /landscape and the session report's
neighbour, an organization's page with its coverage picture.

    cargo build --release
    python3 benches/landscape.py --count 50000 --db both --runs 3

For each database it prints the first /landscape (computed for the index's
snapshot), then wrk latencies (-t2 -c32, DURATION s, median of RUNS runs of
p50, p99 and requests/s) for /landscape without filters, with filters, 40
different filter combinations in turn, an organization's page and a CSV
file; and the first /landscape after a profile edit (the view is computed
again for the new snapshot: never stale).

Uses scale.py's helpers (wrk, fresh databases); needs `wrk`.
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import scale  # noqa: E402

THEMES = ["strategy", "incidents", "cybercrime", "skills", "standards", "cooperation"]
REGIONS = ["Africa", "Americas", "Asia", "Europe", "Pacific", "Global"]
KINDS = ["cert", "government", "academia", "development_agency"]


def measure(kind, args, orgs_file, work):
    db_url = scale.fresh_database(kind, work, args.count)
    env = dict(os.environ, DATABASE_URL=db_url, RUST_LOG="error")
    subprocess.run([scale.binary(), "migrate"], env=env, check=True, capture_output=True)
    subprocess.run([scale.binary(), "import", orgs_file], env=env, check=True, capture_output=True)
    port = scale.free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([scale.binary(), "serve", "--bind", f"127.0.0.1:{port}"], env=env)
    try:
        while True:
            try:
                urllib.request.urlopen(base + "/healthz")
                break
            except OSError:
                time.sleep(0.05)

        def get(path):
            return urllib.request.urlopen(base + path).read().decode()

        t = time.perf_counter()
        get("/landscape")
        print(f"[{kind}] first /landscape (index and view computed): {time.perf_counter() - t:.2f} s")
        t = time.perf_counter()
        get("/landscape?region=Africa")
        print(f"[{kind}] first /landscape?region=Africa (view computed): {(time.perf_counter() - t) * 1000:.0f} ms")
        first = re.search(r'href="/organizations/([^"/?]+)"', get("/landscape")).group(1)

        combos = [f"/landscape?theme={t}&region={r}" for t in THEMES for r in REGIONS][:30]
        combos += [f"/landscape?kind={k}&theme={t}" for k in KINDS for t in THEMES][:10]
        rotate = os.path.join(work, f"rotate-landscape-{kind}.lua")
        with open(rotate, "w") as f:
            f.write("paths = {" + ",".join(f'"{p}"' for p in combos) + "}\n")
            f.write("i = 0\nrequest = function()\n  i = i % #paths + 1\n"
                    "  return wrk.format(nil, paths[i])\nend\n")
        pages = [
            ("landscape", "/landscape"),
            ("landscape, region + kind", "/landscape?region=Africa&kind=cert"),
            ("landscape, 40 filters in turn", "/", rotate),
            ("organization page + picture", f"/organizations/{first}"),
            ("landscape CSV (unmet)", "/landscape/export.csv?table=unmet"),
        ]
        print(f"[{kind}] wrk -t2 -c32 -d{args.duration}s, median of {args.runs} runs:")
        print(f"  {'page':32} {'p50 ms':>8} {'p99 ms':>8} {'req/s':>8} {'errors':>7}")
        for name, path, *script in pages:
            p50, p99, rate, errors = scale.wrk(base + path, args.duration, args.runs, *script)
            print(f"  {name:32} {p50:8.1f} {p99:8.1f} {rate:8.0f} {errors:7d}")

        # After an edit (an import of one changed organization, as another
        # process would write it), the next /landscape is computed afresh.
        edited = os.path.join(work, "edit.json")
        with open(edited, "w") as f:
            f.write('[{"name": "Landscape Bench Edit", "kind": "cert", "region": "Africa", '
                    '"capabilities": ["submarine cable security"], "needs": ["quantum key distribution pilots"]}]')
        subprocess.run([scale.binary(), "import", edited], env=env, check=True, capture_output=True)
        t = time.perf_counter()
        get("/landscape?region=Africa")
        took = time.perf_counter() - t
        unmet = get("/landscape/export.csv?table=unmet&region=Africa")
        assert "quantum key distribution pilots" in unmet, "the edit is in the landscape"
        print(f"[{kind}] first /landscape after an edit (index rebuilt, view computed): {took:.2f} s")
        now, peak = scale.rss_mb(server.pid)
        print(f"[{kind}] server memory: {now:.0f} MB resident, {peak:.0f} MB peak")
    finally:
        server.terminate()
        server.wait()


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--count", type=int, default=10000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--db", choices=["sqlite", "postgres", "both"], default="sqlite")
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--duration", type=int, default=10)
    args = p.parse_args()
    work = tempfile.mkdtemp(prefix="rt-landscape-")
    orgs_file = scale.write_orgs(work, args.count, args.seed)
    for kind in (["sqlite", "postgres"] if args.db == "both" else [args.db]):
        measure(kind, args, orgs_file, work)


if __name__ == "__main__":
    main()
