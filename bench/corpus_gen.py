"""Generate a large synthetic news corpus (JSONL) for the scale benchmark: varied templates + real sentences.

    .venv/bin/python bench/corpus_gen.py --n 100000 --conflict-share 0.5 --out /tmp/sitrep-100k.jsonl

Each line is {"id", "title", "published", "outlet", "text", "topic", "conflict"}. Conflict articles are built
from a dateline, a templated lead (nine ACLED event types, random places, actors, figures, sources), real event
sentences from the CASE 2021 dev snippets and real news sentences from TR-News/LGL (so sentence structure is
real, not only templated), and a templated background paragraph. Other articles (business, sport, science,
culture, weather, technology, local politics) come from phrase banks of the same kind of variety. Every text
is distinct (the generator checks content hashes). `conflict` is the generator's label, used to measure the
pre-filter on a mixed feed. The output goes to /tmp, never into the repository.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"

PLACES = [("Kharkiv", "Ukraine"), ("Bakhmut", "Ukraine"), ("Kherson", "Ukraine"), ("Zaporizhzhia", "Ukraine"),
          ("Goma", "Democratic Republic of the Congo"), ("Beni", "Democratic Republic of the Congo"),
          ("Bunia", "Democratic Republic of the Congo"), ("Maiduguri", "Nigeria"), ("Zamfara", "Nigeria"),
          ("Kaduna", "Nigeria"), ("Gao", "Mali"), ("Mopti", "Mali"), ("Djibo", "Burkina Faso"),
          ("Ouahigouya", "Burkina Faso"), ("Mogadishu", "Somalia"), ("Kismayo", "Somalia"), ("Aleppo", "Syria"),
          ("Idlib", "Syria"), ("Deir ez-Zor", "Syria"), ("Mosul", "Iraq"), ("Kirkuk", "Iraq"), ("Sanaa", "Yemen"),
          ("Marib", "Yemen"), ("Hodeidah", "Yemen"), ("Khartoum", "Sudan"), ("El Fasher", "Sudan"),
          ("Nyala", "Sudan"), ("Kabul", "Afghanistan"), ("Kandahar", "Afghanistan"), ("Peshawar", "Pakistan"),
          ("Quetta", "Pakistan"), ("Myitkyina", "Myanmar"), ("Sittwe", "Myanmar"), ("Gaza City", "Palestine"),
          ("Jenin", "Palestine"), ("Tripoli", "Libya"), ("Benghazi", "Libya"), ("Port-au-Prince", "Haiti"),
          ("Bamenda", "Cameroon"), ("Cabo Delgado", "Mozambique"), ("Mekelle", "Ethiopia"), ("Gondar", "Ethiopia"),
          ("Stepanakert", "Azerbaijan"), ("Jermuk", "Armenia"), ("Srinagar", "India"), ("Imphal", "India"),
          ("Cauca", "Colombia"), ("Culiacan", "Mexico"), ("Dakar", "Senegal"), ("Nairobi", "Kenya"),
          ("Lima", "Peru"), ("Tbilisi", "Georgia"), ("Dhaka", "Bangladesh"), ("Colombo", "Sri Lanka")]
CALM_PLACES = ["Lisbon", "Toronto", "Osaka", "Melbourne", "Munich", "Lyon", "Austin", "Oslo", "Porto", "Krakow",
               "Seville", "Auckland", "Vancouver", "Gothenburg", "Bristol", "Leeds", "Denver", "Utrecht", "Turin",
               "Valencia", "Boston", "Dublin", "Edinburgh", "Helsinki", "Tallinn", "Ljubljana", "Montreal"]
ARMED = ["government troops", "the army", "soldiers", "security forces", "the military", "special forces",
         "paramilitary units", "border guards", "the national guard", "marines"]
NONSTATE = ["rebels", "militants", "insurgents", "gunmen", "jihadist fighters", "a militia", "separatist fighters",
            "armed bandits", "an armed group", "fighters loyal to a local warlord"]
CIVIL = ["civilians", "villagers", "farmers", "residents", "worshippers", "passengers", "traders", "pupils",
         "aid workers", "fishermen"]
CROWDS = ["students", "teachers", "opposition supporters", "workers", "farmers", "traders", "women's groups",
          "nurses", "taxi drivers", "residents"]
GRIEVANCES = ["fuel prices", "a disputed election", "power cuts", "unpaid salaries", "a new tax", "police abuses",
              "the cost of living", "land seizures", "a ban on opposition rallies", "water shortages"]
SOURCES = ["the defence ministry said", "a local official told reporters", "police said in a statement",
           "witnesses said", "the governor said", "a military spokesman said", "according to a hospital source",
           "the United Nations said", "a rights group said", "residents told Reuters", "state media reported",
           "the interior ministry said"]
OUTLETS = ["Reuters", "AP", "AFP", "Sahel Wire", "Anadolu", "Xinhua", "TASS", "Kyiv Independent", "Daily Trust",
           "Dawn", "Al Jazeera", "Garowe Online", "Radio Okapi"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]
NUMBERS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a dozen", "at least 11",
           "more than 20", "about 30", "dozens of", "at least 40", "nearly 60"]
NAMES = ["Amina Bello", "Oleksandr Koval", "Jean-Paul Mbeki", "Sara Haddad", "Tomas Ruiz", "Mei Lin", "Aliyu Musa",
         "Hanna Berg", "Omar Farouk", "Priya Nair", "Lucas Moreau", "Nadia Petrova", "Kwame Asante", "Leila Karimi"]

CONFLICT_LEADS = [
    "{armed} clashed with {nonstate} near {place} on {day}, leaving {n} people dead, {source}.",
    "{nonstate} attacked a military post outside {place} on {day}, killing {n} soldiers, {source}.",
    "An airstrike hit a market in {place} on {day}, killing {n} {civil}, {source}.",
    "{armed} shelled villages around {place} overnight, wounding {n} {civil}, {source}.",
    "A roadside bomb exploded as a convoy passed near {place} on {day}, {source}, without giving a toll.",
    "Hundreds of {crowd} protested in {place} on {day} against {grievance}, {source}.",
    "Police fired tear gas to disperse {crowd} protesting in {place} against {grievance} on {day}.",
    "{nonstate} abducted {n} {civil} in a night raid on a village near {place}, {source}.",
    "{armed} arrested {n} suspected members of {nonstate_bare} in {place} on {day}, {source}.",
    "Rioters torched shops and cars in {place} on {day} after a dispute over {grievance}, {source}.",
    "{armed} said they had recaptured the town of {place} from {nonstate} after two days of fighting.",
    "The two sides signed a ceasefire agreement for the {place} area on {day}, {source}.",
]
CONFLICT_FOLLOW = [
    "The {place} region has seen repeated violence since {year}, when {nonstate} first moved into the area.",
    "{name}, a resident, said the shooting lasted for about {hours} hours before reinforcements arrived.",
    "No group has claimed responsibility for the attack, which came days after a similar raid in the district.",
    "Hospitals in {place} said they had received {n} wounded, some in critical condition.",
    "The government has deployed additional troops to the area and imposed a curfew.",
    "Aid agencies say more than {k},000 people have fled their homes in the past month.",
    "A spokesman for {nonstate_bare} denied involvement and accused {armed} of targeting {civil}.",
    "Protest organisers said they would return to the streets on {day} unless their demands were met.",
]
TOPICS = {
    "business": ["Shares in {company} rose {pct} percent on {day} after the company raised its full-year forecast.",
                 "{company} said quarterly revenue grew {pct} percent to {amount} billion dollars, beating estimates.",
                 "The central bank of {country} left interest rates unchanged at {pct} percent on {day}.",
                 "Analysts expect {company} to announce a new share buyback when it reports results next week.",
                 "Retail sales in {calm} rose for a {ordinal} straight month, helped by a warm spell.",
                 "{company} plans to open a new factory near {calm} that will employ {k},000 people by {year2}."],
    "sport": ["{team} beat {team2} {s1}-{s2} on {day}, with a late goal from {name} sealing the win.",
              "{name} reached the semi-finals in {calm} without dropping a set.",
              "The coach of {team} said he was pleased with the squad's fitness ahead of the new season.",
              "{team} have signed the midfielder {name} on a three-year contract, the club said on {day}.",
              "A crowd of {k},000 watched the final in {calm}, a record for the tournament."],
    "science": ["Researchers in {calm} reported that {finding}, in a study published on {day}.",
                "Astronomers spotted a comet that should be visible to the naked eye in {month}.",
                "A trial of {k},000 volunteers found that {finding}.",
                "The space agency said its new telescope had returned its first images of a distant galaxy.",
                "Scientists mapped the migration of swallows between {calm} and southern Africa using tiny tags."],
    "culture": ["A new exhibition of {art} opens at the city museum in {calm} on {day}.",
                "The novelist {name} won the national book prize for a family saga set in {calm}.",
                "The festival in {calm} will feature more than {k}00 bands over three days, organisers said.",
                "The orchestra announced its new season, which includes {art} and two premieres.",
                "Tickets for the summer concerts in {calm} sold out within hours, the organisers said."],
    "weather": ["Sunny spells and light winds are expected across {calm} on {day}, with highs of {temp} degrees.",
                "Forecasters said the dry, mild weather in {calm} would last until the weekend.",
                "Temperatures in {calm} are expected to reach {temp} degrees, slightly above the seasonal average."],
    "technology": ["{company} unveiled a new laptop with a longer battery life at its annual event on {day}.",
                   "The app now has {k} million users, {company} said, after adding a cheaper subscription plan.",
                   "{company} released an update that makes its software faster on older phones.",
                   "Engineers in {calm} built a prototype battery that charges in under ten minutes."],
    "local": ["The city council of {calm} approved a new cycling lane along the river on {day}.",
              "The school district in {calm} will offer free breakfast to all pupils from next term.",
              "Volunteers planted {k},000 trees along the canal in {calm} on {day}.",
              "The mayor of {calm} opened a new library, the city's first in {k}0 years.",
              "The council will consult residents on plans to pedestrianise the old town of {calm}."],
}
COMPANIES = ["Nordwind", "Altavia", "Brightline Foods", "Keystone Motors", "Helio Systems", "Marlow & Finch",
             "Quanta Retail", "Bluefield Energy", "Orbis Pharma", "Tessellate", "Greyhaven", "Lumen Mobile"]
TEAMS = ["Rovers", "City", "United", "Athletic", "Wanderers", "Albion", "Rangers", "Harriers", "Dynamo", "Sporting"]
FINDINGS = ["a daily walk lowered blood pressure in older adults", "coffee drinkers slept slightly less",
            "bees recognise human faces", "a common fungus helps wheat resist drought",
            "reading to toddlers widened their vocabulary", "urban trees cut summer temperatures by two degrees"]
ART = ["Dutch still-life paintings", "Japanese woodblock prints", "modern ceramics", "early photography",
       "Baroque chamber music", "contemporary dance"]
_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def real_sentences(limit: int = 20000) -> tuple[list[str], list[str]]:
    """(event sentences from CASE 2021 dev, news sentences from TR-News/LGL), when ../shared is present."""
    events, news = [], []
    case = SHARED / "case2021" / "dev.tsv"
    if case.exists():
        csv.field_size_limit(10 ** 8)
        with open(case, encoding="utf-8") as fh:
            events = [r["EventSnippet"].strip() for r in csv.DictReader(fh, delimiter="\t") if r["EventSnippet"].strip()]
    for name in ("trnews.jsonl", "lgl.jsonl"):
        path = SHARED / "geo" / name
        if path.exists():
            with open(path, encoding="utf-8") as fh:
                for line in fh:
                    for s in _SENT.split(json.loads(line)["text"]):
                        s = " ".join(s.split())
                        if 40 <= len(s) <= 300:
                            news.append(s)
    return events, news[:limit]


def _fill(template: str, r: random.Random) -> str:
    place, country = r.choice(PLACES)
    nonstate = r.choice(NONSTATE)
    values = dict(place=place, country=r.choice(["Brazil", "Canada", "Japan", "Norway", "Chile", "Poland"]),
                  day=r.choice(DAYS), source=r.choice(SOURCES), n=r.choice(NUMBERS), armed=r.choice(ARMED),
                  nonstate=nonstate, nonstate_bare=nonstate.removeprefix("a ").removeprefix("an "),
                  civil=r.choice(CIVIL), crowd=r.choice(CROWDS), grievance=r.choice(GRIEVANCES),
                  name=r.choice(NAMES), year=r.randint(2012, 2022), year2=r.randint(2025, 2030),
                  hours=r.randint(2, 9), k=r.randint(2, 90), company=r.choice(COMPANIES), pct=r.randint(1, 15),
                  amount=r.randint(2, 40), calm=r.choice(CALM_PLACES), ordinal=r.choice(["second", "third", "fourth"]),
                  team=r.choice(TEAMS), team2=r.choice(TEAMS), s1=r.randint(1, 4), s2=r.randint(0, 3),
                  month=r.choice(["October", "November", "December", "January"]), finding=r.choice(FINDINGS),
                  art=r.choice(ART), temp=r.randint(14, 29))
    text = template.format(**values)
    return text[0].upper() + text[1:]


def article(i: int, r: random.Random, conflict: bool, events: list[str], news: list[str]) -> dict:
    outlet = r.choice(OUTLETS)
    day, month, year = r.randint(1, 28), r.randrange(12), r.randint(2019, 2024)
    if conflict:
        lead = _fill(r.choice(CONFLICT_LEADS), r)
        dateline = f"{r.choice(PLACES)[0].upper()}, {MONTHS[month]} {day} ({outlet}) - "
        paras = [dateline + lead]
        paras += [_fill(r.choice(CONFLICT_FOLLOW), r) for _ in range(r.randint(1, 3))]
        if events:
            paras.append(r.choice(events))
        if news:
            paras.append(" ".join(r.sample(news, r.randint(1, 3))))
        title = lead.split(",")[0][:90]
        topic = "conflict"
    else:
        topic = r.choice(sorted(TOPICS))
        bank = TOPICS[topic]
        paras = [_fill(t, r) for t in r.sample(bank, min(len(bank), r.randint(2, 4)))]
        paras.append(f"Reporting by {r.choice(NAMES)}; editing by {r.choice(NAMES)}")
        title = paras[0].split(",")[0][:90]
    text = "\n\n".join(paras)
    return {"id": f"gen-{i:07d}", "title": title, "published": f"{year}-{month + 1:02d}-{day:02d}",
            "outlet": outlet, "text": text, "topic": topic, "conflict": conflict}


def generate(n: int, out: str | Path, conflict_share: float = 0.5, seed: int = 13) -> dict:
    r = random.Random(seed)
    events, news = real_sentences()
    seen: set[bytes] = set()
    counts = {"articles": 0, "conflict": 0, "bytes": 0}
    with open(out, "w", encoding="utf-8") as fh:
        i = 0
        while counts["articles"] < n:
            item = article(i, r, r.random() < conflict_share, events, news)
            i += 1
            digest = hashlib.sha256(item["text"].encode()).digest()[:12]
            if digest in seen:
                continue
            seen.add(digest)
            line = json.dumps(item, ensure_ascii=False) + "\n"
            fh.write(line)
            counts["articles"] += 1
            counts["conflict"] += item["conflict"]
            counts["bytes"] += len(line.encode())
    return counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--conflict-share", type=float, default=0.5)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--out", default="/tmp/sitrep-corpus.jsonl")
    args = ap.parse_args()
    if Path(args.out).resolve().is_relative_to(ROOT):
        sys.exit("corpus_gen: write the corpus outside the repository (e.g. /tmp)")
    print(json.dumps(generate(args.n, args.out, args.conflict_share, args.seed)))


if __name__ == "__main__":
    main()
