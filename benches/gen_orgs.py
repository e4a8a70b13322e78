#!/usr/bin/env python3
# Copied from shared/tools/gen_orgs.py (../shared/tools beside the repository) so that
# `cargo bench` works from a fresh clone; same output for the same --count and --seed.
"""Deterministic synthetic organization profiles for performance work.

Writes a JSON array in the organization import format (see the README of the
project): name, kind, country, region, description, capabilities, needs,
languages. The same --count and --seed always give the same file.

Usage: gen_orgs.py --count 10000 --seed 1 > orgs-10k.json
Only the standard library is used.
"""
import argparse
import json
import random

# Each concept is written several ways, as different organizations would.
CONCEPTS = [
    ["CSIRT establishment", "setting up a national CERT", "computer emergency response team set-up", "CERT capacity development"],
    ["incident response training", "training for incident handlers", "cyber incident handling courses", "IR skills development"],
    ["national cybersecurity strategy", "drafting a national cyber strategy", "cyber security policy development", "NCSS development"],
    ["critical infrastructure protection", "protecting critical information infrastructure", "CIIP", "securing critical national infrastructure"],
    ["cybercrime legislation", "cybercrime law drafting", "legal frameworks for cybercrime", "harmonising cybercrime laws"],
    ["digital forensics", "forensic investigation of digital evidence", "computer forensics lab", "e-evidence handling"],
    ["cyber diplomacy", "norms of responsible state behaviour", "cyber diplomacy training for diplomats", "international cyber policy"],
    ["awareness campaigns", "public cyber awareness", "cyber hygiene campaigns", "raising awareness of online safety"],
    ["funding", "grant funding", "financial support for projects", "co-financing"],
    ["maturity assessment", "cybersecurity capacity maturity review", "CMM assessment", "national cyber readiness assessment"],
    ["threat intelligence sharing", "information sharing on threats", "cyber threat intel exchange", "ISAC development"],
    ["security operations centre", "SOC setup", "building a security operations center", "24/7 monitoring capability"],
    ["cyber range exercises", "cyber drills", "tabletop exercises", "national cyber exercise"],
    ["child online protection", "protecting children online", "COP programmes", "online safety for minors"],
    ["data protection law", "personal data protection regulation", "privacy legislation", "GDPR-style law drafting"],
    ["e-government security", "securing digital government services", "gov cloud security", "secure e-services"],
    ["university curriculum development", "cybersecurity degree programmes", "academic cyber curricula", "higher education in cybersecurity"],
    ["women in cyber", "gender inclusion in cybersecurity", "cyber careers for women", "gender mainstreaming in cyber"],
    ["law enforcement training", "police cybercrime units training", "capacity building for prosecutors", "judicial training on cybercrime"],
    ["standards adoption", "ISO 27001 implementation", "cyber security standards", "adopting international security standards"],
    ["vulnerability disclosure", "coordinated vulnerability disclosure policy", "CVD programmes", "bug bounty frameworks"],
    ["SME cybersecurity", "cyber resilience for small businesses", "SME security toolkits", "small enterprise cyber hygiene"],
    ["financial sector cyber resilience", "banking sector cybersecurity", "central bank cyber supervision", "fintech security"],
    ["election security", "securing electoral systems", "election infrastructure protection", "voting system security"],
    ["public key infrastructure", "PKI deployment", "digital signatures infrastructure", "national certificate authority"],
    ["digital identity", "national digital ID systems", "identity management", "secure eID"],
    ["cloud security", "secure cloud adoption", "cloud security governance", "cloud migration security"],
    ["OT and ICS security", "industrial control system security", "SCADA protection", "operational technology security"],
    ["train-the-trainer programmes", "training of trainers", "ToT courses", "building local trainer pools"],
    ["South-South cooperation", "peer learning between developing countries", "south south exchange", "regional peer exchange"],
    ["triangular cooperation", "trilateral cooperation arrangements", "triangular partnership", "three-way cooperation"],
    ["research partnerships", "joint cybersecurity research", "academic research collaboration", "R&D partnership"],
    ["cyber workforce development", "cybersecurity skills pipeline", "cyber talent development", "professional certification support"],
    ["secure software development", "secure coding training", "DevSecOps adoption", "application security"],
    ["internet governance", "multistakeholder internet governance", "IGF participation", "internet policy dialogue"],
    ["telecom regulation", "ICT regulatory frameworks", "telecom regulator capacity", "spectrum and ICT regulation"],
    ["connectivity infrastructure", "broadband rollout", "rural connectivity", "last-mile internet access"],
    ["digital public infrastructure", "DPI", "open digital public goods", "interoperable government platforms"],
    ["health sector cybersecurity", "hospital cyber resilience", "securing health information systems", "e-health security"],
    ["cyber insurance", "cyber risk insurance markets", "insurance for cyber risk", "cyber risk transfer"],
    ["equipment donation", "hardware provision", "donated IT equipment", "lab equipment supply"],
    ["policy advisory", "expert advice to ministries", "technical advisory services", "policy technical assistance"],
    ["malware analysis", "reverse engineering of malware", "malware lab", "malicious code analysis"],
    ["penetration testing", "ethical hacking", "red teaming", "security testing services"],
    ["regional coordination", "regional cyber cooperation mechanisms", "regional CERT networks", "cross-border coordination"],
]

KINDS = ["government", "development_agency", "international_org", "regional_org",
         "private_sector", "academia", "civil_society", "cert"]
REGIONS = {
    "Asia": ["JP", "TH", "ID", "VN", "PH", "MY", "KH", "LA", "MM", "BD", "LK", "NP", "MN", "IN", "SG", "KR"],
    "Africa": ["KE", "GH", "NG", "RW", "SN", "CI", "ET", "TZ", "UG", "ZA", "MA", "EG", "CM", "BJ"],
    "Americas": ["US", "CA", "BR", "MX", "CO", "PE", "CL", "AR", "DO", "JM", "GT", "CR"],
    "Europe": ["GB", "FR", "DE", "NL", "EE", "NO", "SE", "FI", "ES", "IT", "PL", "CH"],
    "Pacific": ["FJ", "PG", "WS", "TO", "VU", "SB", "AU", "NZ", "KI", "TV"],
    "Middle East": ["JO", "AE", "SA", "QA", "OM", "LB"],
}
LANGS = {"Asia": ["en", "ja", "th", "id", "vi"], "Africa": ["en", "fr", "ar", "pt"],
         "Americas": ["en", "es", "pt", "fr"], "Europe": ["en", "fr", "de", "es"],
         "Pacific": ["en", "fr"], "Middle East": ["ar", "en", "fr"]}
QUALIFIERS = ["", "", "", " for the public sector", " for SMEs", " at regional level",
              " for government agencies", " (advanced)", " (basic)"]
NAME_A = ["National", "Regional", "Global", "Digital", "Cyber", "Pacific", "Open", "Allied", "United", "Frontier"]
NAME_B = ["Security", "Resilience", "Development", "Capacity", "Trust", "Innovation", "Policy", "Skills"]
NAME_C = {"government": "Ministry", "development_agency": "Agency", "international_org": "Organisation",
          "regional_org": "Council", "private_sector": "Solutions Ltd", "academia": "Institute",
          "civil_society": "Foundation", "cert": "CERT"}


def typo(rng, s):
    if len(s) < 6:
        return s
    i = rng.randrange(1, len(s) - 2)
    op = rng.randrange(3)
    if op == 0:
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if op == 1:
        return s[:i] + s[i + 1:]
    return s[:i] + s[i] + s[i:]


def phrase(rng, concept):
    s = rng.choice(concept) + rng.choice(QUALIFIERS)
    r = rng.random()
    if r < 0.15:
        s = s.lower()
    elif r < 0.25:
        s = s.title()
    if rng.random() < 0.05:
        s = typo(rng, s)
    return s


def org(rng, i):
    kind = rng.choice(KINDS)
    region = rng.choice(list(REGIONS))
    country = rng.choice(REGIONS[region])
    name = f"{rng.choice(NAME_A)} {rng.choice(NAME_B)} {NAME_C[kind]} {country}-{i:06d}"
    # Providers offer more than they need, recipients the other way round.
    provider = kind in ("development_agency", "international_org", "private_sector", "academia")
    n_cap = rng.randint(5, 12) if provider else rng.randint(1, 6)
    n_need = rng.randint(1, 5) if provider else rng.randint(4, 12)
    picks = rng.sample(range(len(CONCEPTS)), n_cap + n_need)
    caps = [phrase(rng, CONCEPTS[c]) for c in picks[:n_cap]]
    needs = [phrase(rng, CONCEPTS[c]) for c in picks[n_cap:]]
    langs = sorted(set(["en"] + rng.sample(LANGS[region], rng.randint(1, 2))))
    return {
        "name": name,
        "kind": kind,
        "country": country,
        "region": region,
        "description": f"{kind.replace('_', ' ').capitalize()} working on {caps[0].lower()} in {region}.",
        "capabilities": caps,
        "needs": needs,
        "languages": langs,
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    json.dump([org(rng, i) for i in range(a.count)], __import__("sys").stdout, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
