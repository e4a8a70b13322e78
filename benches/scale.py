#!/usr/bin/env python3
"""Pages at scale: imports COUNT synthetic organizations, starts the server and
measures what issue 12 asks for, on SQLite and/or PostgreSQL (release build).

    cargo build --release
    python3 benches/scale.py --count 10000 --db sqlite
    python3 benches/scale.py --count 50000 --db both --runs 3

For each database it prints: the import time, the start-up time (process
start to a first answer of /healthz), the first matches page (the index
built), wrk latencies (-t2 -c32, DURATION s, median of RUNS runs of p50, p99
and requests/s) for the matches page and API, the directory with words, with
facets, and in the API; how long after a profile edit the next matches page
answers; and the server's resident memory (now and peak).

Needs `wrk` (Debian package). PostgreSQL: a fresh database is made per run on
PG_URL (default postgres://postgres@127.0.0.1:5432) with `createdb`-like SQL
through `psql`. Only the Python standard library is used.
"""

import argparse
import http.cookiejar
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def binary():
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
    return os.path.join(target, "release", "roundtable")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def ms(text):
    """wrk's latency ('1.23ms', '850.00us', '1.20s') in milliseconds."""
    m = re.match(r"([\d.]+)(us|ms|s|m)$", text)
    v = float(m.group(1))
    return {"us": v / 1000, "ms": v, "s": v * 1000, "m": v * 60_000}[m.group(2)]


def wrk(url, duration, runs, script=None):
    p50s, p99s, rates, errors = [], [], [], 0
    extra = ["-s", script] if script else []
    for _ in range(runs):
        out = subprocess.run(
            ["wrk", "-t2", "-c32", f"-d{duration}s", "--latency", *extra, url],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        p50, p99, rate, bad = wrk_figures(out, url)
        p50s.append(p50)
        p99s.append(p99)
        rates.append(rate)
        errors += bad
    return statistics.median(p50s), statistics.median(p99s), statistics.median(rates), errors


def wrk_figures(out, what):
    """p50 and p99 (ms), requests/s and errors (non-2xx/3xx answers and
    socket errors) from the output of `wrk --latency`."""
    if not re.search(r"^\s+99%\s+\S+", out, re.M):
        sys.exit(f"wrk gave no latencies for {what}:\n{out}")
    p50 = ms(re.search(r"^\s+50%\s+(\S+)", out, re.M).group(1))
    p99 = ms(re.search(r"^\s+99%\s+(\S+)", out, re.M).group(1))
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    sock = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    errors = int(bad.group(1)) if bad else 0
    errors += sum(int(x) for x in sock.groups()) if sock else 0
    return p50, p99, rate, errors


def rss_mb(pid):
    now = peak = 0
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                now = int(line.split()[1]) / 1024
            elif line.startswith("VmHWM:"):
                peak = int(line.split()[1]) / 1024
    return now, peak


def fresh_database(kind, work, count):
    if kind == "sqlite":
        return f"sqlite://{work}/scale-{count}.db?mode=rwc"
    base = os.environ.get("PG_URL", "postgres://postgres@127.0.0.1:5432")
    name = f"rt_scale_{count}_{os.getpid()}"
    for sql in (f"DROP DATABASE IF EXISTS {name}", f"CREATE DATABASE {name}"):
        subprocess.run(["psql", f"{base}/postgres", "-qc", sql], check=True)
    return f"{base}/{name}"


def measure(kind, args, orgs_file, work):
    db_url = fresh_database(kind, work, args.count)
    env = dict(os.environ, DATABASE_URL=db_url, RUST_LOG="error")
    subprocess.run([binary(), "migrate"], env=env, check=True, capture_output=True)
    t = time.perf_counter()
    subprocess.run([binary(), "import", orgs_file], env=env, check=True, capture_output=True)
    print(f"[{kind}] import of {args.count} organizations: {time.perf_counter() - t:.1f} s")

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    t = time.perf_counter()
    server = subprocess.Popen([binary(), "serve", "--bind", f"127.0.0.1:{port}"], env=env)
    try:
        while True:
            try:
                urllib.request.urlopen(base + "/healthz")
                break
            except OSError:
                time.sleep(0.05)
        print(f"[{kind}] start-up to first answer: {time.perf_counter() - t:.2f} s")
        jar = http.cookiejar.CookieJar()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect())

        def get(path):
            return opener.open(base + path).read().decode()

        first = re.search(r'href="/organizations/([^"/]+)"', get("/organizations?q=incident")).group(1)
        t = time.perf_counter()
        get(f"/organizations/{first}/matches")
        print(f"[{kind}] first matches page (index built): {time.perf_counter() - t:.2f} s")

        # 1,000 different organizations, each request the next one: a page no
        # cache has seen yet, until the list comes round again.
        slugs = []
        for page in range(1, 11):
            body = json.loads(get(f"/api/v1/organizations?per_page=100&page={page}"))
            slugs += [o["slug"] for o in body["items"]]
        rotate = os.path.join(work, f"rotate-{kind}.lua")
        with open(rotate, "w") as f:
            f.write("paths = {" + ",".join(f'"/organizations/{s}/matches"' for s in slugs) + "}\n")
            f.write("i = 0\nrequest = function()\n  i = i % #paths + 1\n"
                    "  return wrk.format(nil, paths[i])\nend\n")

        # 300 different searches in turn: words whose hits no cache holds yet.
        words = ["incident", "forensics", "malware", "training", "policy", "strategy", "cybercrime",
                 "legislation", "awareness", "cert", "csirt", "exercise", "standards", "cloud", "audit",
                 "risk", "capacity", "funding", "research", "critical", "infrastructure", "diplomacy",
                 "norms", "privacy", "data", "protection", "response", "analysis", "lab", "curriculum"]
        queries = [f"{a}+{b}" for a in words for b in words if a < b][:300]
        rotate_words = os.path.join(work, f"rotate-words-{kind}.lua")
        with open(rotate_words, "w") as f:
            f.write("paths = {" + ",".join(f'"/organizations?q={q}"' for q in queries) + "}\n")
            f.write("i = 0\nrequest = function()\n  i = i % #paths + 1\n"
                    "  return wrk.format(nil, paths[i])\nend\n")

        pages = [
            ("matches page", f"/organizations/{first}/matches"),
            ("matches, 1,000 orgs in turn", "/", rotate),
            ("matches API", f"/api/v1/organizations/{first}/matches"),
            ("directory, words", "/organizations?q=incident"),
            ("directory, 300 searches in turn", "/", rotate_words),
            ("directory, words + facets", "/organizations?q=forensics&kind=cert&region=Africa"),
            ("directory, facets only", "/organizations?kind=cert&region=Africa"),
            ("directory, no filter", "/organizations"),
            ("directory API, words", "/api/v1/organizations?q=incident+response&side=offers"),
        ]
        print(f"[{kind}] wrk -t2 -c32 -d{args.duration}s, median of {args.runs} runs:")
        print(f"  {'page':30} {'p50 ms':>8} {'p99 ms':>8} {'req/s':>8} {'errors':>7}")
        for name, path, *script in pages:
            p50, p99, rate, errors = wrk(base + path, args.duration, args.runs, *script)
            print(f"  {name:30} {p50:8.1f} {p99:8.1f} {rate:8.0f} {errors:7d}")

        # An edit through the web form, then the next matches page.
        def post(path, fields, token_from):
            token = re.search(r'name="csrf_token" value="([^"]+)"', get(token_from)).group(1)
            data = urllib.parse.urlencode([("csrf_token", token)] + list(fields)).encode()
            req = urllib.request.Request(base + path, data=data, headers={"Origin": base})
            try:
                r = opener.open(req)
                return r.status, r.headers.get("Location", "")
            except urllib.error.HTTPError as e:
                return e.code, e.headers.get("Location", "")

        status, location = post(
            "/register",
            [("organization_name", f"Scale Bench {os.getpid()}"), ("email", f"bench{os.getpid()}@example.org"),
             ("password", "correct horse battery staple")],
            "/register",
        )
        assert status == 303, status
        slug = location.split("/")[2]
        get(f"/organizations/{first}/matches")
        answered, matched, found = [], [], []
        for i in range(args.runs):
            word = f"zqx{os.getpid()}r{i}"
            form = get(f"/organizations/{slug}/edit")
            version = re.search(r'name="version" value="(\d+)"', form).group(1)
            status, _ = post(
                f"/organizations/{slug}/edit",
                [("version", version), ("name", f"Scale Bench {os.getpid()}"), ("kind", "cert"),
                 ("capabilities", f"Incident response training {word}"), ("needs", "Forensics lab"),
                 ("region", "Africa"), ("languages", "en")],
                f"/organizations/{slug}/edit",
            )
            assert status == 303, status
            t = time.perf_counter()
            # The directory finds the new word...
            while not re.search(r"(?<!\d)1 organization found", get(f"/organizations?q={word}")):
                time.sleep(0.005)
            found.append(time.perf_counter() - t)
            # ...the next matches page answers (from the previous index while
            # the new one is built), and later pages show the edit.
            t = time.perf_counter()
            page = get(f"/organizations/{slug}/matches")
            answered.append(time.perf_counter() - t)
            while "being updated" in page:
                time.sleep(0.02)
                page = get(f"/organizations/{slug}/matches")
            matched.append(time.perf_counter() - t)
        print(f"[{kind}] after an edit, the directory finds it: median {statistics.median(found) * 1000:.0f} ms")
        print(f"[{kind}] after an edit, the next matches page answers: median {statistics.median(answered) * 1000:.0f} ms")
        print(f"[{kind}] after an edit, matches pages show it: median {statistics.median(matched) * 1000:.0f} ms")
        now, peak = rss_mb(server.pid)
        print(f"[{kind}] server memory: {now:.0f} MB resident, {peak:.0f} MB peak")
    finally:
        server.terminate()
        server.wait()


def write_orgs(work, count, seed):
    """COUNT synthetic organizations (benches/gen_orgs.py) in WORK/orgs.json."""
    orgs_file = os.path.join(work, "orgs.json")
    with open(orgs_file, "w") as f:
        subprocess.run(
            [sys.executable, os.path.join(ROOT, "benches", "gen_orgs.py"), "--count", str(count), "--seed", str(seed)],
            check=True,
            stdout=f,
        )
    return orgs_file


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--count", type=int, default=10000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--db", choices=["sqlite", "postgres", "both"], default="sqlite")
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--duration", type=int, default=10)
    args = p.parse_args()
    work = tempfile.mkdtemp(prefix="rt-scale-")
    orgs_file = write_orgs(work, args.count, args.seed)
    for kind in (["sqlite", "postgres"] if args.db == "both" else [args.db]):
        measure(kind, args, orgs_file, work)


if __name__ == "__main__":
    main()
