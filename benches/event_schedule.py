#!/usr/bin/env python3
"""Times an event's schedule at the issue's scale, through the real product.

Starts `roundtable serve --demo` (release build) on a fresh SQLite file, logs in
as the demo organizer, creates an event (SLOTS slots, TABLES tables for two),
imports COUNT synthetic organizations as participants through the organizer's
import form, then times `roundtable schedule --event SLUG` and the organizer's
button. Prints medians and the schedule's figures.

    cargo build --release
    python3 benches/event_schedule.py [--count 1000 --slots 12 --tables 300 --runs 5] [--group-tables 20]

Only the Python standard library is used.
"""

import argparse
import http.cookiejar
import json
import os
import re
import shutil
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


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--count", type=int, default=1000)
    p.add_argument("--slots", type=int, default=12)
    p.add_argument("--tables", type=int, default=300)
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--group-tables", type=int, default=0, help="extra tables of four for groups of three")
    args = p.parse_args()

    work = tempfile.mkdtemp(prefix="rt-bench-")
    db_url = f"sqlite://{work}/bench.db?mode=rwc"
    env = dict(os.environ, DATABASE_URL=db_url, RUST_LOG="error")
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([binary(), "serve", "--demo", "--bind", f"127.0.0.1:{port}"], env=env)
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/healthz")
                break
            except OSError:
                time.sleep(0.1)
        jar = http.cookiejar.CookieJar()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect())

        def get(path):
            return opener.open(base + path).read().decode()

        def post(path, fields, token_from):
            token = re.search(r'name="csrf_token" value="([^"]+)"', get(token_from)).group(1)
            data = urllib.parse.urlencode([("csrf_token", token)] + list(fields)).encode()
            req = urllib.request.Request(base + path, data=data, headers={"Origin": base})
            try:
                r = opener.open(req)
                return r.status, r.headers.get("Location", "")
            except urllib.error.HTTPError as e:
                return e.code, e.headers.get("Location", "")

        status, _ = post("/login", [("email", "demo@roundtable.example"), ("password", "roundtable-demo")], "/login")
        assert status == 303, status
        start = 9 * 60
        slots = "\n".join(f"{(start + 20 * i) // 60:02d}:{(start + 20 * i) % 60:02d} 20" for i in range(args.slots))
        status, location = post(
            "/events",
            [
                ("name", "Benchmark session"),
                ("date", "2026-12-03"),
                ("time_zone", "Europe/Zurich"),
                ("slots", slots),
                ("tables", f"Table 1-{args.tables}: 2" + (f"\nGroup table 1-{args.group_tables}: 4" if args.group_tables else "")),
                ("min_meetings", "3"),
                ("open", "on"),
            ]
            + ([("group_tables", "on")] if args.group_tables else []),
            "/events/new",
        )
        assert status == 303, status
        slug = location.rsplit("/", 1)[1]
        orgs = subprocess.run(
            [sys.executable, os.path.join(ROOT, "benches", "gen_orgs.py"), "--count", str(args.count), "--seed", str(args.seed)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        json.loads(orgs)
        t = time.perf_counter()
        status, _ = post(f"/events/{slug}/participants/import", [("data", orgs)], f"/events/{slug}/schedule")
        assert status == 303, status
        print(f"imported {args.count} participants in {time.perf_counter() - t:.2f} s")

        cli = []
        for _ in range(args.runs):
            t = time.perf_counter()
            out = subprocess.run([binary(), "schedule", "--event", slug], env=env, check=True, capture_output=True, text=True)
            cli.append(time.perf_counter() - t)
        print(out.stdout.strip())
        button = []
        for _ in range(args.runs):
            t = time.perf_counter()
            status, _ = post(f"/events/{slug}/schedule", [], f"/events/{slug}")
            assert status == 303, status
            button.append(time.perf_counter() - t)
        t = time.perf_counter()
        page = get(f"/events/{slug}/schedule")
        page_time = time.perf_counter() - t
        # The event page as a participant sees it (the demo organizer's organization joins).
        status, _ = post(f"/events/{slug}/join", [], f"/events/{slug}")
        assert status == 303, status
        views = []
        for _ in range(args.runs):
            t = time.perf_counter()
            participant_page = get(f"/events/{slug}")
            views.append(time.perf_counter() - t)
        figures = re.findall(r"<dd>(.*?)</dd>", page)
        unplaced = len(re.findall(r"<li><strong>", page))
        print(f"report: meetings {figures[0]}, total score {figures[1]}, per participant {figures[2].replace('&#183;', '/').replace('·', '/')}; {unplaced} lines under 'Not placed'")
        print(f"schedule --event ({args.count} participants, {args.slots} slots, {args.tables} tables): median {statistics.median(cli):.2f} s over {args.runs} runs (process start, index build and writes included)")
        print(f"organizer's button: median {statistics.median(button):.2f} s over {args.runs} runs")
        print(f"schedule page with the report: {page_time:.2f} s, {len(page) // 1024} KiB")
        print(f"event page of a participant that joined after the build (requests, the 50 best of {args.count} participants): median {statistics.median(views) * 1000:.0f} ms, {len(participant_page) // 1024} KiB")
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
