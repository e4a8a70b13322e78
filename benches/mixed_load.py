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
errors (any answer other than 200 for a read and 303 for an edit).

Two clients: `--client wrk` (the default) registers the organizations here,
then hands the load to `wrk -t2 -c32` with a Lua script that sends the same
mix (every request with the session of one of those organizations' people,
each edit with its CSRF token and version), so
the client costs the server's two cores little; it prints reads and edits
together, and the edits wrk sent. `--client python` sends the load from this
script's own event loop and prints reads and edits apart; its latencies
include the turns of its 32 coroutines. Needs `wrk` (Debian package) for the first; otherwise only the
Python standard library is used.
"""

import argparse
import asyncio
import os
import random
import re
import statistics
import subprocess
import tempfile
import time
import urllib.parse

from scale import wrk_figures

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


def edit_fields(slug, token, version, rng):
    return [("csrf_token", token), ("version", str(version)), ("name", f"{slug} org"),
            ("kind", "cert"), ("region", "Africa"), ("languages", "en"),
            ("capabilities", f"Incident response training {rng.choice(WORDS)}"),
            ("needs", f"{rng.choice(WORDS)} support")]


def lua_text(value):
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


WRK_SCRIPT = r"""
local threads, next_id = {}, 0
setup = function(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end
init = function(args)
  math.randomseed(1000 + id)
  mine, turn, sent, refused = {}, 0, 0, 0
  for i, e in ipairs(editors) do
    if i % 2 == id then table.insert(mine, e) end
  end
end
request = function()
  if math.random() < share and #mine > 0 then
    turn = turn % #mine + 1
    local e = mine[turn]
    sent = sent + 1
    local body = e.fields[math.random(#e.fields)]:gsub("VERSION", tostring(e.version))
    e.version = e.version + 1
    return wrk.format("POST", "/organizations/" .. e.slug .. "/edit",
      {["Cookie"] = e.cookie, ["Origin"] = origin,
       ["Content-Type"] = "application/x-www-form-urlencoded"}, body)
  end
  -- Read as one of this thread's people, logged in (as the Python client does).
  local who = mine[math.random(#mine)]
  return wrk.format(nil, reads[math.random(#reads)], {["Cookie"] = who.cookie})
end
response = function(status, headers, body)
  if status ~= 200 and status ~= 303 then refused = refused + 1 end
end
done = function(summary, latency, requests)
  local sent, refused = 0, 0
  for _, t in ipairs(threads) do
    sent = sent + t:get("sent")
    refused = refused + t:get("refused")
  end
  io.write(string.format("EDITS %d REFUSED %d\n", sent, refused))
end
"""


async def wrk_load(args, url, reads, tag):
    """Registers `connections` organizations (as the Python client does), then
    runs wrk with the mix."""
    editors = []
    for n in range(args.connections):
        conn = Conn(url.hostname, url.port, f"127.0.{1 + n // 250}.{1 + n % 250}")
        slug = await setup(conn, n, tag)
        _, form = await conn.request("GET", f"/organizations/{slug}/edit")
        version = int(re.search(r'name="version" value="(\d+)"', form).group(1))
        token = re.search(r'name="csrf_token" value="([^"]+)"', form).group(1)
        cookie = "; ".join(f"{k}={v}" for k, v in conn.cookies.items())
        rng = random.Random(n)
        # A few bodies per organization, VERSION filled in by the script.
        bodies = [urllib.parse.urlencode(edit_fields(slug, token, 0, rng)).replace(
            "version=0", "version=VERSION") for _ in range(4)]
        editors.append((slug, cookie, version, bodies))
        conn.writer.close()
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as f:
        f.write(f"share = {args.edits}\norigin = {lua_text(args.base.rstrip('/'))}\n")
        f.write("reads = {" + ",".join(lua_text(r) for r in reads) + "}\n")
        f.write("editors = {\n")
        for slug, cookie, version, bodies in editors:
            f.write(f"  {{slug = {lua_text(slug)}, cookie = {lua_text(cookie)}, version = {version}, "
                    f"fields = {{{', '.join(lua_text(b) for b in bodies)}}}}},\n")
        f.write("}\n" + WRK_SCRIPT)
        script = f.name
    out = subprocess.run(["wrk", "-t2", f"-c{args.connections}", f"-d{args.duration:g}s", "--latency",
                          "-s", script, args.base], check=True, capture_output=True, text=True).stdout
    os.unlink(script)
    p50, p99, rate, errors = wrk_figures(out, "the mixed load")
    edits, refused = map(int, re.search(r"EDITS (\d+) REFUSED (\d+)", out).groups())
    print(f"mixed load (wrk), {args.connections} connections, {args.duration:g} s, "
          f"{len(reads)} read addresses, {args.edits * 100:.0f} % edits through the web form:")
    # wrk's errors: answers not 2xx/3xx (a refused edit is a 4xx) and socket errors.
    print(f"  all       p50 {p50:7.1f} ms  p99 {p99:7.1f} ms  {rate:7.0f} req/s  "
          f"errors {errors} ({refused} answers other than 200 or 303)")
    print(f"  edits sent {edits}")


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
            status, _ = await conn.request("POST", f"/organizations/{slug}/edit",
                                           edit_fields(slug, token, version, rng))
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
    p.add_argument("--client", choices=["wrk", "python"], default="wrk")
    args = p.parse_args()
    url = urllib.parse.urlparse(args.base)
    with open(args.slugs) as f:
        slugs = [s.strip() for s in f if s.strip()]
    reads = [f"/organizations/{s}/matches" for s in slugs]
    reads += [f"/organizations?q={a}" for a in WORDS] + ["/organizations?kind=cert&region=Africa"]
    tag = f"p{os.getpid()}"
    if args.client == "wrk":
        await wrk_load(args, url, reads, tag)
        return
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
