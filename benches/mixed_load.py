#!/usr/bin/env python3
"""Mixed load against a running server: CONNECTIONS keep-alive connections for
DURATION seconds, each request a page read (95 %) or a profile edit through the
web form (5 %), as issue 12 asks. Each connection has its own organization
(registered here from its own loopback address, logged in with its own
session) and edits only that one, so
the optimistic version check never fails for lack of a fresh version.

    python3 benches/mixed_load.py --base http://127.0.0.1:8080 --slugs slugs.txt

Reads rotate over the matches pages of the organizations in SLUGS (one slug
per line) and directory searches. Prints p50, p99, requests per second and the
errors (any answer other than 200 for a read and 303 for an edit), for reads
and edits apart and together. Only the Python standard library is used.
"""

import argparse
import asyncio
import os
import random
import re
import statistics
import time
import urllib.parse

WORDS = ["incident", "forensics", "malware", "training", "policy", "strategy", "cybercrime",
         "awareness", "cert", "exercise", "standards", "cloud", "audit", "risk", "research"]


class Conn:
    def __init__(self, host, port, source):
        self.host, self.port, self.source = host, port, source
        self.cookies = {}
        self.reader = self.writer = None
        self.location = ""

    async def open(self):
        self.reader, self.writer = await asyncio.open_connection(
            self.host, self.port, local_addr=(self.source, 0))

    async def request(self, method, path, body=None):
        headers = [f"{method} {path} HTTP/1.1", f"Host: {self.host}:{self.port}"]
        if self.cookies:
            headers.append("Cookie: " + "; ".join(f"{k}={v}" for k, v in self.cookies.items()))
        if body is not None:
            data = urllib.parse.urlencode(body).encode()
            headers += ["Content-Type: application/x-www-form-urlencoded",
                        f"Content-Length: {len(data)}", f"Origin: http://{self.host}:{self.port}"]
        else:
            data = b""
        self.writer.write(("\r\n".join(headers) + "\r\n\r\n").encode() + data)
        await self.writer.drain()
        status_line = await self.reader.readline()
        status = int(status_line.split()[1])
        length, chunked = 0, False
        while True:
            line = (await self.reader.readline()).decode("latin-1").strip()
            if not line:
                break
            name, _, value = line.partition(":")
            name, value = name.lower(), value.strip()
            if name == "content-length":
                length = int(value)
            elif name == "transfer-encoding" and "chunked" in value:
                chunked = True
            elif name == "location":
                self.location = value
            elif name == "set-cookie":
                k, _, rest = value.partition("=")
                self.cookies[k] = rest.split(";")[0]
        if chunked:
            parts = []
            while True:
                size = int((await self.reader.readline()).strip(), 16)
                if size == 0:
                    await self.reader.readline()
                    break
                parts.append(await self.reader.readexactly(size))
                await self.reader.readline()
            body_bytes = b"".join(parts)
        else:
            body_bytes = await self.reader.readexactly(length)
        return status, body_bytes.decode("utf-8", "replace")


async def setup(conn, n, tag):
    await conn.open()
    _, page = await conn.request("GET", "/register")
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    status, _ = await conn.request("POST", "/register", [
        ("csrf_token", token), ("organization_name", f"Mixed Load {tag} {n}"),
        ("email", f"mixed{tag}x{n}@example.org"), ("password", "correct horse battery staple")])
    assert status == 303, status
    return conn.location.split("/")[2]


async def worker(conn, slug, reads, deadline, out, rng, edits):
    version = None
    while time.perf_counter() < deadline:
        if rng.random() < edits:
            if version is None:
                _, form = await conn.request("GET", f"/organizations/{slug}/edit")
                version = int(re.search(r'name="version" value="(\d+)"', form).group(1))
            _, page = await conn.request("GET", f"/organizations/{slug}/edit")
            token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
            t = time.perf_counter()
            status, _ = await conn.request("POST", f"/organizations/{slug}/edit", [
                ("csrf_token", token), ("version", str(version)), ("name", f"{slug} org"),
                ("kind", "cert"), ("region", "Africa"), ("languages", "en"),
                ("capabilities", f"Incident response training {rng.choice(WORDS)}"),
                ("needs", f"{rng.choice(WORDS)} support")])
            out.append(("edit", time.perf_counter() - t, status == 303))
            version = version + 1 if status == 303 else None
        else:
            path = rng.choice(reads)
            t = time.perf_counter()
            status, _ = await conn.request("GET", path)
            kind = "matches" if path.endswith("/matches") else "search"
            out.append(("read", time.perf_counter() - t, status == 200, kind))


def summary(name, rows, seconds):
    if not rows:
        return f"  {name:9} no requests"
    times = sorted(r[1] * 1000 for r in rows)
    p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
    errors = sum(1 for r in rows if not r[2])
    return (f"  {name:9} p50 {statistics.median(times):7.1f} ms  p99 {p99:7.1f} ms  "
            f"{len(rows) / seconds:7.0f} req/s  errors {errors}")


async def main():
    p = argparse.ArgumentParser()
    p.add_argument("--base", required=True)
    p.add_argument("--slugs", required=True)
    p.add_argument("--connections", type=int, default=32)
    p.add_argument("--duration", type=float, default=10)
    p.add_argument("--edits", type=float, default=0.05, help="share of requests that are edits")
    args = p.parse_args()
    url = urllib.parse.urlparse(args.base)
    with open(args.slugs) as f:
        slugs = [s.strip() for s in f if s.strip()]
    reads = [f"/organizations/{s}/matches" for s in slugs]
    reads += [f"/organizations?q={a}" for a in WORDS] + ["/organizations?kind=cert&region=Africa"]
    tag = f"p{os.getpid()}"
    # Each connection from its own loopback address: registrations are
    # limited per address.
    conns = [Conn(url.hostname, url.port, f"127.0.{1 + n // 250}.{1 + n % 250}")
             for n in range(args.connections)]
    own = [await setup(c, n, tag) for n, c in enumerate(conns)]
    out = []
    start = time.perf_counter()
    deadline = start + args.duration
    await asyncio.gather(*(worker(c, s, reads, deadline, out, random.Random(n), args.edits)
                           for n, (c, s) in enumerate(zip(conns, own))))
    seconds = time.perf_counter() - start
    print(f"mixed load, {args.connections} connections, {seconds:.0f} s, "
          f"{len(reads)} read addresses, {args.edits * 100:.0f} % edits through the web form:")
    print(summary("all", out, seconds))
    print(summary("reads", [r for r in out if r[0] == "read"], seconds))
    print(summary("  matches", [r for r in out if r[0] == "read" and r[3] == "matches"], seconds))
    print(summary("  search", [r for r in out if r[0] == "read" and r[3] == "search"], seconds))
    print(summary("edits", [r for r in out if r[0] == "edit"], seconds))


if __name__ == "__main__":
    asyncio.run(main())
