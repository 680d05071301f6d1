#!/usr/bin/env python3
"""Synthetic scraped news articles for the analysis benchmark (bench/analysis.sh).

Usage: synthetic_corpus.py OUT_DIR N [--seed S] [--manifest FILE]

Writes N plain-text seeds (no front matter) named synthetic-000000.txt ... into OUT_DIR. Each looks like a
scraped news page of 2-5 KB: header boilerplate (ads, share buttons, byline), a headline, 8-20 prose
paragraphs of 40-120 words separated by blank lines, then footer boilerplate. The prose is generated from
sentence templates and word lists about diplomacy, trade and security, and names the book's actors
(content/actors/*.md) so name matching has work to do.

About 3% of the articles are syndicated copies of another synthetic article (wire copy): the same
paragraphs under another site's boilerplate, with one or two numbers or dates changed and one paragraph
dropped. --manifest writes the copy/original pairs as TSV, to check a duplicate detector against.

Deterministic: the same N (and --seed, which defaults to N) gives byte-identical files. Standard library only.
"""
import argparse
import os
import random
import re
import sys

# --- word lists -------------------------------------------------------------------------------------------

# (full name, short form) of people in the book, with the role they are usually given.
BOOK_PEOPLE = [
    ("Zamir Kabulov", "Kabulov", "Russia's special envoy for Afghanistan"),
    ("Sergey Lavrov", "Lavrov", "Russian Foreign Minister"),
    ("Amir Khan Muttaqi", "Muttaqi", "the Taliban's Acting Foreign Minister"),
    ("Vladimir Putin", "Putin", "Russian President"),
    ("Dmitry Peskov", "Peskov", "Kremlin spokesperson"),
    ("Sirajuddin Haqqani", "Haqqani", "Acting Interior Minister"),
    ("Dmitry Medvedev", "Medvedev", "deputy chairman of the Russian Security Council"),
    ("Zhao Xing", "Zhao", "China's ambassador in Kabul"),
    ("Wahid Faqiri", "Faqiri", "a former Afghan diplomat"),
    ("Ahmad Massoud", "Massoud", "leader of the National Resistance Front"),
    ("Timofey Boikov", "Boikov", "a Russian commentator"),
]
FIRST_NAMES = ("Anvar Bakhtiyor Rustam Farid Saida Nargiza Karim Olga Igor Elena Mikhail Hamid Javad Ali Reza "
               "Mohammad Abdul Wang Li Chen Liu Ahmed Bilal Imran Sana Priya Rahul Aylin Murat Leyla Tariq "
               "Kamila Sherzod Dilnoza Yusuf Hassan Nadia Viktor Pavel Anna Gulnara").split()
LAST_NAMES = ("Rahimov Karimov Saidov Nazarov Yusupov Ivanov Petrov Sokolov Volkov Morozov Kuznetsov Hosseini "
              "Rezaei Ahmadi Mohammadi Wang Zhang Liu Chen Yang Khan Qureshi Malik Sharif Hussain Sharma Gupta "
              "Yilmaz Demir Aliyev Mammadov Tokayev Abdullaev Ergashev Safarov Nurlanov Bekov Haidari Popal "
              "Stanekzai Zazai Noori").split()
ROLES = ["Deputy Foreign Minister", "Trade Minister", "Energy Minister", "Defence Minister", "Interior Minister",
         "Finance Minister", "Minister of Transport", "ambassador", "special envoy", "foreign ministry spokesperson",
         "central bank governor", "deputy prime minister", "presidential adviser", "chief negotiator",
         "border guard commander", "senior customs official", "Minister of Mines and Petroleum"]
ORGS = ["the Kremlin", "the Taliban", "the Taliban-led government", "the Russian Foreign Ministry",
        "the Russian Security Council", "the Russian Supreme Court", "the Islamic Emirate of Afghanistan",
        "the Russian Chamber of Commerce and Industry", "the National Resistance Front",
        "the Shanghai Cooperation Organisation", "the Collective Security Treaty Organisation",
        "the Eurasian Economic Union", "the United Nations", "the World Bank", "the Afghan Interim Government",
        "the Taliban authorities", "Afghanistan's central bank", "Western nations"]
COUNTRIES = ["Russia", "China", "Iran", "Afghanistan", "the United States", "Pakistan", "India", "Uzbekistan",
             "Tajikistan", "Turkmenistan", "Kazakhstan", "Kyrgyzstan", "Qatar", "Turkey", "Saudi Arabia",
             "the United Arab Emirates", "Azerbaijan", "Japan", "Germany", "France", "the Soviet Union"]
CITIES = ["Moscow", "Kabul", "Beijing", "Tehran", "Islamabad", "New Delhi", "Tashkent", "Dushanbe", "Ashgabat",
          "Astana", "Bishkek", "Doha", "Ankara", "Riyadh", "Dubai", "Baku", "Kazan", "St Petersburg", "Herat",
          "Kandahar", "Mazar-i-Sharif", "Termez", "Urumqi", "Mashhad", "Geneva", "Vienna", "Washington"]
TOPICS = ["wheat exports", "fuel supplies", "the planned gas pipeline", "the trans-Afghan rail corridor",
          "border security", "counter-narcotics cooperation", "water sharing on the Amu Darya", "banking links",
          "the frozen central bank assets", "a free trade zone", "electricity transmission lines",
          "mining concessions", "the return of refugees", "humanitarian aid deliveries", "drone surveillance",
          "customs procedures", "visa rules for traders", "the transit of cargo", "lithium deposits",
          "copper mining", "flour and sugar shipments", "air links", "the recognition of the government",
          "the ban on opium cultivation", "payments in national currencies", "a joint anti-terrorism centre",
          "the reconstruction of the Salang tunnel", "fertiliser deliveries", "oil product swaps"]
EVENTS = ["the Moscow Format consultations", "a trade fair", "an investment forum", "a security conference",
          "a regional summit", "the annual economic forum", "closed-door talks", "a round of consultations",
          "a meeting of deputy ministers", "a working group session", "an emergency meeting"]
VERBS_PAST = ["discussed", "reviewed", "agreed on", "raised", "criticised", "welcomed", "postponed talks on",
              "pledged support for", "signed a memorandum on", "called for progress on", "outlined plans for",
              "expressed concern about", "proposed a roadmap for", "questioned the timetable for"]
VERBS_PRESENT = ["are ready to expand", "intend to finalise", "will not abandon", "continue to discuss",
                 "are studying", "expect progress on", "remain committed to", "are prepared to review",
                 "hope to accelerate", "cannot accept delays in"]
ADJECTIVES = ["bilateral", "regional", "long-delayed", "ambitious", "controversial", "pragmatic", "cautious",
              "unprecedented", "modest", "sweeping", "preliminary", "landmark", "contested", "renewed"]
OUTCOMES = ["no final agreement was reached", "a joint statement was issued", "the sides agreed to meet again",
            "a working group will draft the details", "several contracts were signed",
            "the talks ended without a communique", "both delegations described the meeting as constructive",
            "officials declined to give further details", "a follow-up visit was announced"]
SOURCES = ["state media", "a ministry statement", "local officials", "diplomatic sources", "TASS", "RIA Novosti",
           "Xinhua", "IRNA", "Tolo News", "Reuters", "the ministry's Telegram channel", "an official transcript",
           "analysts in the region", "people familiar with the talks"]
ANALYSTS = ["analysts", "observers in Kabul", "Western diplomats", "regional experts", "critics of the deal",
            "traders in Herat", "business groups", "opposition figures", "human rights groups", "economists"]
UNITS = ["tonnes of wheat", "tonnes of fuel", "kilometres of track", "megawatts of power", "trucks a day",
         "cubic metres of gas a year", "containers a month", "families", "tonnes of flour", "hectares"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# Sentence templates. Slots: {P} person with role on first use, {p} short name, {C}/{C2} countries, {city},
# {org}, {topic}/{topic2}, {event}, {vp} verb (past), {vpr} verb (present), {adj}, {outcome}, {src},
# {analysts}, {num} plain number, {qty} number with unit, {money}, {pct}, {date}, {day}, {year}, {month}.
TEMPLATES = [
    "{P} {vp} {topic} with officials from {C} during {event} in {city} on {day}.",
    "According to {src}, {p} and his counterpart {vp} {topic} and {topic2}.",
    "The {adj} agreement would raise trade between {C} and {C2} to {money} by {year}.",
    "\"We {vpr} {topic} with our partners in {C},\" {p} told reporters in {city}.",
    "{org} said in a statement that {outcome}.",
    "Officials in {city} said {qty} had crossed the border since {date}, up {pct} from a year earlier.",
    "{analysts} say the move reflects {C}'s wish to secure its interests in the region.",
    "The talks in {city} came {num} days after {p} met representatives of {org}.",
    "{C} has repeatedly called on {org} to address concerns about {topic}.",
    "During the meeting, {P} stressed the importance of {topic} for stability in Central Asia.",
    "The project, first proposed in {year}, is expected to cost {money} and carry {qty}.",
    "{p} added that {C2} was ready to support {topic} if security guarantees were provided.",
    "Speaking at {event}, {P} said the {adj} plan on {topic} was \"a matter of mutual interest\".",
    "Trade between the two countries reached {money} in {year}, {src} reported.",
    "On {date}, a delegation from {C} arrived in {city} to discuss {topic}.",
    "{analysts} in {C2} warned that {topic} could be delayed by disputes over {topic2}.",
    "{org} has not commented on the reports, and {outcome}.",
    "The {adj} memorandum covers {topic}, {topic2} and the exchange of expertise.",
    "Last {month}, {p} said that {C} would not accept \"any interference\" in its internal affairs.",
    "Nearly {pct} of the goods passing through {city} are bound for {C2}, officials estimate.",
    "{P} met {P2} on the sidelines of {event} in {city}.",
    "The sides {vp} {topic}, and {outcome}, {src} said on {day}.",
    "{C} and {C2} have held {num} rounds of talks on {topic} since {year}.",
    "A spokesperson for {org} said the {adj} proposal on {topic} was still under review.",
    "The route would cut delivery times to {city} by {num} days and save traders about {money} a year.",
    "{p} also {vp} {topic2}, saying the issue had \"waited too long\".",
    "Since {month} {year}, {C} has shipped {qty} to {C2}, according to customs data.",
    "Critics argue that the deal gives {org} legitimacy without any commitments on {topic}.",
    "{analysts} noted that {C} had been cautious about {topic} until {year}.",
    "The next meeting is scheduled for {date} in {city}, where {topic} will top the agenda.",
    "In {city}, {num} people attended {event} on {topic} organised by {org}.",
    "{P} said {C} regards {org} as a partner in the fight against terrorism.",
    "Security along the border has been tightened after {num} incidents were reported in {month}.",
    "The {adj} corridor would link {city} with {city2} over {qty}.",
    "{src} quoted {p} as saying that talks on {topic} were \"moving in the right direction\".",
    "Earlier, {C2} announced {money} in credit lines for {topic}.",
    "{P} and {P2} {vp} {topic} by telephone on {day}, their offices said.",
    "Prices of {unit_goods} in {city} have risen by {pct} since {date}, traders said.",
    "The decision was approved by {org} on {date} after months of debate.",
    "{analysts} expect {C} to expand its presence in {city} over the next {num} months.",
]
HEADLINES = [
    "{C} and {C2} discuss {topic} in {city}",
    "{p} holds talks on {topic} with {org}",
    "{C} pledges {money} for {topic}",
    "{adj_cap} deal on {topic} signed in {city}",
    "{p}: \"{C} will not abandon {topic}\"",
    "Talks on {topic} stall as {C2} raises concerns",
    "{org} welcomes {C}'s move on {topic}",
    "{C} eyes {city} as hub for {topic}",
    "Why {C} is betting on {topic}",
    "{p} visits {city} amid push for {topic}",
]
TEMPLATE_SLOTS = [re.findall(r"\{(\w+)\}", t) for t in TEMPLATES]

# Page furniture of a few imaginary sites: (header lines, byline formats, between-paragraph ads, footer lines).
SITES = [
    (["Subscribe To Print Edition About The Daily Code Of Ethics Download App Advertise with us Classifieds",
      "search-icon-img", "Advertisement"], "{city} [{C}], {month} {dom} (ANI):", True,
     ["Advertisement", "(This content is sourced from a syndicated feed and is published as received.)",
      "Read more", "{headline2}", "{headline3}"]),
    (["Logo", "Menu", "Search", "Sign in", "Trending"], "By | Staff Reporter", False,
     ["Share this article", "fb", "twitter", "whatsapp", "Related stories", "{headline2}", "{headline3}",
      "Leave a comment", "Copyright © {year} Central Asia Monitor"]),
    (["Skip to content", "Listen to this article", "Advertisement"], "Published | {month} {dom},{year}", True,
     ["Share", "Telegram", "Email", "Copy link", "You may also like", "{headline2}", "Most read"]),
    (["News Flash : {headline2}", "Subscribe", "Follow us"], "Posted | {day}, {dom} {month} {year}", False,
     ["Disclaimer: the views expressed are those of the sources quoted.", "Newsletter", "Sign up",
      "Recommended", "{headline2}", "{headline3}", "© {year} Frontier Wire Service"]),
    (["Home", "Latest news", "Advertisement", "Share on", "x", "facebook"], "Updated | {dom} {month} {year} {hh}:{mm}", True,
     ["Follow us on Telegram and X for more updates.", "More stories", "{headline2}", "Post a comment"]),
]


class Writer:
    """Draws text for one article; most slots come from a small per-article cast so the article hangs together."""

    def __init__(self, rng):
        self.rng = rng
        r = rng
        people = r.sample(BOOK_PEOPLE, r.randint(1, 3))
        for _ in range(r.randint(1, 3)):
            full = f"{r.choice(FIRST_NAMES)} {r.choice(LAST_NAMES)}"
            people.append((full, full.split()[-1], f"{r.choice(COUNTRIES)}'s {r.choice(ROLES)}"))
        self.people = people
        self.introduced = set()
        self.countries = r.sample(COUNTRIES, 3)
        self.cities = r.sample(CITIES, 3)
        self.topics = r.sample(TOPICS, 3)
        self.orgs = r.sample(ORGS, 2)
        self.year = r.randint(2019, 2025)

    def pick(self, local, everything, p=0.75):
        return self.rng.choice(local) if self.rng.random() < p else self.rng.choice(everything)

    def person(self, full):
        name, short, role = self.rng.choice(self.people)
        if not full:
            return short
        if name in self.introduced:
            return name
        self.introduced.add(name)
        return f"{role} {name}" if role[0].isupper() else f"{name}, {role},"

    def date(self):
        r = self.rng
        if r.random() < 0.5:
            return f"{r.randint(1, 28)} {r.choice(MONTHS)} {r.randint(self.year - 1, self.year + 1)}"
        return f"{r.choice(MONTHS)} {r.randint(1, 28)}, {r.randint(self.year - 1, self.year + 1)}"

    def slot(self, name):
        r = self.rng
        if name in ("P", "P2"):
            return self.person(True)
        if name == "p":
            return self.person(False)
        if name in ("C", "C2"):
            return self.pick(self.countries, COUNTRIES)
        if name in ("city", "city2"):
            return self.pick(self.cities, CITIES)
        if name in ("topic", "topic2"):
            return self.pick(self.topics, TOPICS)
        if name == "org":
            return self.pick(self.orgs, ORGS)
        if name == "unit_goods":
            return r.choice(("wheat", "flour", "sugar", "diesel", "cooking gas", "fertiliser", "cement", "rice"))
        if name == "event":
            return r.choice(EVENTS)
        if name == "vp":
            return r.choice(VERBS_PAST)
        if name == "vpr":
            return r.choice(VERBS_PRESENT)
        if name == "adj":
            return r.choice(ADJECTIVES)
        if name == "adj_cap":
            return r.choice(ADJECTIVES).capitalize()
        if name == "outcome":
            return r.choice(OUTCOMES)
        if name == "src":
            return r.choice(SOURCES)
        if name == "analysts":
            return r.choice(ANALYSTS)
        if name == "num":
            return str(r.randint(2, 60))
        if name == "qty":
            return f"{r.randint(2, 950) * 10:,} {r.choice(UNITS)}"
        if name == "money":
            return f"${r.randint(11, 990) / 10:.1f} {r.choice(('million', 'billion'))}"
        if name == "pct":
            return f"{r.randint(3, 85)} percent"
        if name == "date":
            return self.date()
        if name == "day":
            return r.choice(DAYS)
        if name == "year":
            return str(r.randint(2001, 2025))
        if name == "month":
            return r.choice(MONTHS)
        raise KeyError(name)

    def fill(self, template, slots):
        values = {}
        for s in slots:
            v = self.slot(s)
            for _ in range(3):          # {C2}, {topic2}, {P2}...: something other than {C}, {topic}, {P}
                if not s.endswith("2") or v not in values.values():
                    break
                v = self.slot(s)
            values[s] = v
        text = template.format(**values)
        return text[0].upper() + text[1:]

    def headline(self):
        t = self.rng.choice(HEADLINES)
        return self.fill(t, re.findall(r"\{(\w+)\}", t))

    def paragraph(self, words):
        """Whole sentences, about `words` words (45..95 asked), so a paragraph stays within 40-120 words."""
        sentences, count = [], 0
        while count < max(40, words - 10):  # stop about half a sentence early: paragraphs average `words`
            i = self.rng.randrange(len(TEMPLATES))
            s = self.fill(TEMPLATES[i], TEMPLATE_SLOTS[i])
            sentences.append(s)
            count += s.count(" ") + 1
        return " ".join(sentences)

    def body(self):
        r = self.rng
        target = r.randint(360, 525)                 # words of prose: ~2.5-4 KB
        n = r.randint(9, max(9, min(20, target // 40)))  # 9+: a syndicated copy drops one and still has 8
        return [self.paragraph(max(42, min(95, round(target / n * r.uniform(0.6, 1.5))))) for _ in range(n)]


def page(rng, site, headline, paragraphs, extra):
    """A scraped page: header furniture, headline, byline, paragraphs (maybe with ads between), footer."""
    header, byline, ads, footer = SITES[site]
    fmt = lambda s: s.format(headline2=extra[0], headline3=extra[1], **meta)
    meta = dict(city=rng.choice(CITIES), C=rng.choice(COUNTRIES), month=rng.choice(MONTHS), dom=rng.randint(1, 28),
                year=rng.randint(2022, 2025), day=rng.choice(DAYS), hh=f"{rng.randint(0, 23):02d}",
                mm=f"{rng.randint(0, 59):02d}")
    out = [fmt(line) for line in header]
    out += ["", headline, "", fmt(byline), ""]
    for i, para in enumerate(paragraphs):
        out += [para, ""]
        if ads and i % 3 == 1:
            out += ["Advertisement", ""]
    out += [fmt(line) for line in footer]
    return "\n".join(out) + "\n"


NUMBER = re.compile(r"\d[\d,.]*\d|\d")
MONTH = re.compile(r"\b(" + "|".join(MONTHS) + r")\b")


def reword(rng, paragraphs):
    """Wire copy of an article: one paragraph dropped, one or two numbers or month names changed."""
    paras = list(paragraphs)
    del paras[rng.randrange(1, len(paras))]
    for _ in range(rng.randint(1, 2)):
        i = rng.randrange(len(paras))
        hits = [(m, True) for m in NUMBER.finditer(paras[i])] + [(m, False) for m in MONTH.finditer(paras[i])]
        if not hits:
            continue
        m, numeric = rng.choice(hits)
        old = m.group(0)
        if numeric:
            digits = [j for j, c in enumerate(old) if c.isdigit()]
            j = rng.choice(digits)
            new = old[:j] + str((int(old[j]) + rng.randint(1, 8)) % 10) + old[j + 1:]
        else:
            new = rng.choice([mo for mo in MONTHS if mo != old])
        paras[i] = paras[i][:m.start()] + new + paras[i][m.end():]
    return paras


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir")
    ap.add_argument("n", type=int)
    ap.add_argument("--seed", type=int, help="RNG seed (default: N)")
    ap.add_argument("--manifest", help="write 'copy<TAB>original' file names of the syndicated copies here")
    args = ap.parse_args()
    n = args.n
    rng = random.Random(n if args.seed is None else args.seed)
    os.makedirs(args.out_dir, exist_ok=True)

    # ~3% of the slots are copies of an earlier original, placed at random (not next to their original).
    copies = set(rng.sample(range(1, n), round(n * 0.03))) if n > 1 else set()
    originals = {}          # index -> (site, headline, paragraphs), for originals only
    pairs, total = [], 0
    name = lambda i: f"synthetic-{i:06d}.txt"
    for i in range(n):
        if i in copies and originals:
            src = rng.choice(list(originals)) if len(originals) < 64 else rng.randrange(i)
            while src not in originals:
                src = rng.randrange(i)
            site, headline, paras = originals[src]
            site = (site + rng.randint(1, len(SITES) - 1)) % len(SITES)
            paras = reword(rng, paras)
            pairs.append((name(i), name(src)))
        else:
            w = Writer(rng)
            site, headline, paras = rng.randrange(len(SITES)), w.headline(), w.body()
            originals[i] = (site, headline, paras)
        extra = (Writer(rng).headline(), Writer(rng).headline())
        text = page(rng, site, headline, paras, extra)
        data = text.encode("utf-8")
        total += len(data)
        with open(os.path.join(args.out_dir, name(i)), "wb") as f:
            f.write(data)

    if args.manifest:
        with open(args.manifest, "w", encoding="utf-8") as f:
            f.writelines(f"{c}\t{o}\n" for c, o in pairs)
    print(f"wrote {n} articles ({len(pairs)} syndicated copies), {total / 1e6:.1f} MB, into {args.out_dir}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
