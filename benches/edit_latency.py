#!/usr/bin/env python3
"""How soon an edit shows on the matches pages of a running server, measured
alone (benches/scale.py measures it too, after its load runs):

    python3 benches/edit_latency.py http://127.0.0.1:8080 7

Registers an organization, then 7 times edits its profile through the web form
and times (1) its own matches page until it no longer says that suggestions
are being updated, (2) another organization's kept matches page after an edit
(the index caught up and the kept ranking mended), and at the end (3) five
matches pages no ranking was kept for. Prints every time in ms and the
median. Only the Python standard library is used.
"""
import http.cookiejar, os, re, statistics, sys, time, urllib.parse, urllib.request, urllib.error
base = sys.argv[1]; runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k): return None
jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect())
def get(path): return opener.open(base + path).read().decode()
def post(path, fields, token_from):
    token = re.search(r'name="csrf_token" value="([^"]+)"', get(token_from)).group(1)
    data = urllib.parse.urlencode([("csrf_token", token)] + list(fields)).encode()
    req = urllib.request.Request(base + path, data=data, headers={"Origin": base})
    try:
        r = opener.open(req); return r.status, r.headers.get("Location", "")
    except urllib.error.HTTPError as e: return e.code, e.headers.get("Location", "")
pid = f"{os.getpid()}{int(time.time())}"
status, location = post("/register", [("organization_name", f"Edit Bench {pid}"), ("email", f"b{pid}@example.org"), ("password", "correct horse battery staple")], "/register")
assert status == 303, status
slug = location.split("/")[2]
get(f"/organizations/{slug}/matches")
shown = []
for i in range(runs):
    word = f"zqx{pid}r{i}"
    form = get(f"/organizations/{slug}/edit")
    version = re.search(r'name="version" value="(\d+)"', form).group(1)
    status, _ = post(f"/organizations/{slug}/edit", [("version", version), ("name", f"Edit Bench {pid}"), ("kind", "cert"), ("capabilities", f"Incident response training {word}"), ("needs", "Forensics lab"), ("region", "Africa"), ("languages", "en")], f"/organizations/{slug}/edit")
    assert status == 303, status
    t = time.perf_counter()
    page = get(f"/organizations/{slug}/matches")
    while "being updated" in page:
        time.sleep(0.02); page = get(f"/organizations/{slug}/matches")
    shown.append(time.perf_counter() - t)
print("matches page after edit, ms:", [round(x*1000) for x in shown], "median", round(statistics.median(shown)*1000))
other = re.findall(r'href="/organizations/([^"/]+)"', get("/organizations?q=incident"))[0]
get(f"/organizations/{other}/matches")
t = time.perf_counter(); get(f"/organizations/{other}/matches"); warm = time.perf_counter() - t
others = []
for i in range(runs):
    form = get(f"/organizations/{slug}/edit")
    version = re.search(r'name="version" value="(\d+)"', form).group(1)
    status, _ = post(f"/organizations/{slug}/edit", [("version", version), ("name", f"Edit Bench {pid}"), ("kind", "cert"), ("capabilities", f"Incident response training x{i}"), ("needs", "Forensics lab"), ("region", "Africa"), ("languages", "en")], f"/organizations/{slug}/edit")
    t = time.perf_counter(); get(f"/organizations/{other}/matches"); others.append(time.perf_counter() - t)
print("another's kept page: warm", round(warm*1000), "ms; after an edit (catch-up + mend):", [round(x*1000) for x in others])
cold = []
for s in re.findall(r'href="/organizations/([^"/]+)"', get("/organizations?q=training"))[:5]:
    t = time.perf_counter(); get(f"/organizations/{s}/matches"); cold.append(time.perf_counter() - t)
print("cold matches pages:", [round(x*1000) for x in cold])
