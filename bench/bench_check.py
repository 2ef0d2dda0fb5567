"""Benchmark of `augenhoehe check`: throughput, NLP-only ratio, interactive p95, first check, RSS."""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

FIRST = ["Ahmet", "Sabine", "Piotr", "Lena", "Olga", "Mehmet", "Jana", "Tomasz", "Fatma", "Klaus",
         "Amina", "Dmytro", "Sara", "Jonas", "Elif", "Marco", "Nadia", "Ivan", "Petra", "Yusuf"]
LAST = ["Yilmaz", "Krüger", "Nowak", "Hoffmann", "Schulz", "Kaya", "Berisha", "Meyer", "Popescu",
        "Schmidt", "Demir", "Wagner", "Kowalski", "Öztürk", "Fischer", "Haddad", "Becker", "Ivanova"]
CITIES = ["Kassel", "Bremen", "Leipzig", "Essen", "Dortmund", "Köln", "Freiburg", "Dresden", "Kiel",
          "Hannover", "Nürnberg", "Bielefeld", "Erfurt", "Mainz", "Rostock"]
JOBS = [("Pflegehelferin", "Pflegediensten", "Pflegebasiskurs"), ("Lagerist", "Logistikfirmen", "Staplerkurs"),
        ("Koch", "Restaurants", "Hygieneschulung"), ("Verkäuferin", "Supermärkten", "Kassenschulung"),
        ("Buchhalter", "Steuerbüros", "DATEV-Kurs"), ("Elektriker", "Elektrofirmen", "Anpassungslehrgang"),
        ("Reinigungskraft", "Gebäudereinigungsfirmen", "Reinigungskurs"),
        ("Berufskraftfahrer", "Speditionen", "Führerschein Klasse C"),
        ("Erzieherin", "Kitas", "Sprachkurs B2"), ("Fachinformatiker", "IT-Dienstleistern", "Linux-Kurs")]
EDITS = ["Kopien", "Zeugnisse", "Fotos", "Nachweise", "Listen", "Mappen", "Briefe", "Mails", "Anrufe",
         "Gespräche", "Formulare", "Unterlagen", "Termine", "Notizen", "Belege", "Ausdrucke", "Scans",
         "Rechnungen", "Bescheide", "Anträge"]
FREQ = ["zweimal im Monat", "jeden Monat", "einmal pro Woche", "monatlich", "dreimal im Monat"]
VAGUE = ["regelmäßig", "zeitnah", "in ausreichendem Umfang", "bei Bedarf"]
OBST = [("Für Ihren Sohn fehlt noch die Kinderbetreuung.", "Sie melden Ihr Kind bis zum {d} bei der Kita an."),
        ("Sie haben Rückenprobleme und können nicht schwer heben.",
         "Sie bringen bis zum {d} ein Attest Ihres Arztes mit."),
        ("Ihre Deutschkenntnisse reichen noch nicht für die Arbeit.",
         "Sie besuchen ab dem {d} den Berufssprachkurs B1."),
        ("Ihr Abschluss aus dem Ausland ist noch nicht anerkannt.", "Sie gehen am {d} zur Anerkennungsberatung.")]


def _date(rng: random.Random, month: int | None = None) -> str:
    return f"{rng.randint(1, 28):02d}.{month or rng.randint(1, 12):02d}.2026"


def make_plan(rng: random.Random) -> str:
    """One plan of varied quality, wording, names, dates and steps (about 120-320 words)."""
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    city = rng.choice(CITIES)
    job, employers, course = rng.choice(JOBS)
    style = rng.random()
    you = "Sie" if style > 0.25 else f"Der Kunde {name.split()[1]}"
    verb = "bewerben" if you == "Sie" else "bewirbt"
    lines = [f"Kooperationsplan vom {_date(rng, rng.randint(7, 9))}", ""]
    lines += ["Berufsziel", rng.choice([
        f"{you} möchte{'n' if you == 'Sie' else ''} als {job} in {city} arbeiten.",
        f"Arbeit als {job} in {rng.choice(['Teilzeit', 'Vollzeit'])} in {city}.",
        "Integration in den ersten Arbeitsmarkt."]), ""]
    obstacle = rng.choice(OBST) if rng.random() < 0.6 else None
    situation = [f"{rng.choice(['Sie haben', 'Herr ' + name.split()[1] + ' hat', 'Frau ' + name.split()[1] + ' hat'])} "
                 f"{rng.randint(2, 15)} Jahre als {rng.choice(JOBS)[0]} gearbeitet.",
                 rng.choice(["Zuletzt waren Sie in einem kleinen Betrieb beschäftigt, der schließen musste.",
                             "Sie arbeiten gern im Team und sind zuverlässig.",
                             f"Sie wohnen in {city} und sind auf Bus und Bahn angewiesen.",
                             "Sie haben sich in den letzten Monaten um Ihre Familie gekümmert."])]
    if obstacle:
        situation.insert(0, obstacle[0])
    lines += ["Ausgangslage", " ".join(situation), ""]
    if rng.random() < 0.6:
        lines += ["Kurzfristiges Zwischenziel", f"{course} bis {rng.choice(['Oktober', 'November', 'Dezember'])}.", ""]
    steps = []
    for _ in range(rng.randint(1, 5)):
        kind = rng.random()
        if kind < 0.3:
            steps.append(f"{you} {verb} sich {rng.choice(FREQ)} bei {rng.randint(2, 6)} {employers} in {city}.")
        elif kind < 0.45:
            steps.append(f"{you} {verb} sich {rng.choice(VAGUE)} auf Stellen als {job}.")
        elif kind < 0.6:
            steps.append(f"{you} ha{'ben' if you == 'Sie' else 't'} bis zum {_date(rng)} "
                         f"{rng.randint(2, 8)} Nachweise vorzulegen.")
        elif kind < 0.75:
            steps.append(f"{you} besuch{'en' if you == 'Sie' else 't'} ab dem {_date(rng)} den {course} "
                         f"bei der VHS {city}.")
        elif kind < 0.85 and obstacle:
            steps.append(obstacle[1].format(d=_date(rng)))
        else:
            steps.append(f"{you} {rng.choice(['schreiben', 'aktualisieren'])} bis zum {_date(rng)} den "
                         f"Lebenslauf und {rng.choice(['bringen ihn mit', 'schicken ihn per E-Mail'])}.")
    lines += ["Nächste Schritte"] + [f"- {s}" for s in steps] + [""]
    jc = [rng.choice([f"Wir übernehmen bis zum {_date(rng)} die Kosten für den {course}.",
                      "Das Jobcenter unterstützt Sie bei Ihren Bemühungen.",
                      f"Wir schicken Ihnen {rng.choice(FREQ)} Stellenangebote als {job}.",
                      "Das Jobcenter unterbreitet Vermittlungsvorschläge, soweit geeignete Stellenangebote "
                      "vorliegen.", f"Die Fahrtkosten nach {city} werden im Rahmen der gesetzlichen "
                      "Möglichkeiten übernommen."]) for _ in range(rng.randint(0, 3))]
    if jc:
        lines += ["Unterstützung durch das Jobcenter"] + [f"- {s}" for s in jc] + [""]
    if rng.random() < 0.4:
        lines += ["Das ist mir wichtig", rng.choice(["Ich möchte vormittags arbeiten.",
                  f"Ich möchte in {city} bleiben, weil meine Familie hier wohnt.",
                  "Mir ist wichtig, dass ich mein Kind abholen kann."]), ""]
    if rng.random() < 0.15:
        lines += ["Rechtsfolgenbelehrung", "Verstoßen Sie ohne wichtigen Grund gegen diese Pflichten, wird "
                  f"Ihr Bürgergeld um {rng.choice([10, 20, 30])} Prozent gemindert (§ 31 SGB II).", ""]
    if rng.random() < 0.5:
        lines += ["Was sonst noch wichtig ist", " ".join(rng.sample([
            f"Sie können ab {rng.choice(['sofort', 'dem nächsten Monat', 'Januar'])} in {city} arbeiten.",
            f"Am {_date(rng)} haben Sie einen Termin bei der Schuldnerberatung der "
            f"{rng.choice(['Caritas', 'Diakonie', 'AWO'])}.",
            "Wenn etwas dazwischenkommt, rufen Sie Ihre Fachkraft an.",
            f"Sie haben einen Führerschein der Klasse B und ein eigenes Auto seit {rng.randint(2010, 2024)}.",
            "Ihre Unterlagen sind vollständig und liegen vor.",
            f"Ihre Fachkraft ist {rng.choice(['Frau', 'Herr'])} {rng.choice(LAST)}, erreichbar dienstags."], 3)), ""]
    review = rng.random()
    if review < 0.6:
        lines += ["Überprüfung", f"Wir besprechen den Plan gemeinsam am {_date(rng, rng.randint(10, 12))}."]
    elif review < 0.8:
        lines += ["Überprüfung", "Der Plan wird bei Bedarf überprüft."]
    return "\n".join(lines) + "\n"


def _check_batch(texts: list[str]) -> int:
    from augenhoehe.check import check_text

    return sum(len(check_text(t).findings) for t in texts)


def _clear_caches() -> None:
    from augenhoehe.check import nlp

    nlp.clear_caches()


def rss_mb() -> tuple[float, float]:
    """Peak RSS of this process and of finished children, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, kids


def first_check_seconds(text: str) -> float:
    """Wall time of a fresh interpreter that imports the checker and checks one plan."""
    code = ("import sys,time;t=time.perf_counter();sys.path.insert(0,'src');"
            "from augenhoehe.check import check_text;check_text(sys.stdin.read());"
            "print(time.perf_counter()-t)")
    started = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code], input=text, capture_output=True, text=True,
                         cwd=ROOT, check=True)
    total = time.perf_counter() - started
    print(f"  (davon im Prozess ab Import: {float(out.stdout):.2f} s)")
    return total


def main() -> int:
    """Run all measurements and print the figures plainly."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="1,000 statt 10,000 Pläne")
    parser.add_argument("-n", type=int, default=None)
    args = parser.parse_args()
    quick = args.quick or os.environ.get("BENCH_QUICK") == "1"
    n = args.n or (1000 if quick else 10_000)
    rng = random.Random(42)
    texts = [make_plan(rng) for _ in range(n)]
    words = sum(len(t.split()) for t in texts)
    print(f"{n} erzeugte Pläne, {len(set(texts))} verschieden, im Mittel {words / n:.0f} Wörter")

    sample_lines = make_plan(rng).split("\n")
    while len(" ".join(sample_lines).split()) < 290:  # grow one plan to about 300 words
        extra = [line for line in make_plan(rng).split("\n") if line.startswith("- ")]
        sample_lines[-1:-1] = extra[: max(1, (300 - len(" ".join(sample_lines).split())) // 12)]
    sample = "\n".join(sample_lines)
    print(f"Erste Prüfung nach Start (neuer Prozess, ~{len(sample.split())} Wörter): "
          f"{first_check_seconds(sample):.2f} s")

    from augenhoehe.check import check_text, nlp

    nlp.warm_up()
    _clear_caches()
    t0 = time.perf_counter()
    for t in texts:
        check_text(t)
    full = n / (time.perf_counter() - t0)
    print(f"Alle Regeln, 1 Prozess:   {full:7.1f} Pläne/s")
    split_info, tag_info = nlp._split_masked.cache_info(), nlp.tag_tokens.cache_info()
    print(f"  Cache: SoMaJo {split_info.misses} Zeilen tokenisiert, {split_info.hits} aus dem Cache; "
          f"HanTa {tag_info.misses} Sätze getaggt, {tag_info.hits} aus dem Cache")

    _clear_caches()
    t0 = time.perf_counter()
    tokens = sum(nlp.bare_pipeline(t) for t in texts)
    bare = n / (time.perf_counter() - t0)
    print(f"Nur NLP (SoMaJo+HanTa auf jedem Satz, ohne Regeln), 1 Prozess: {bare:7.1f} Pläne/s "
          f"({tokens / n:.0f} Tokens je Plan)")
    print(f"Verhältnis Prüfung / reines NLP: {full / bare:.2f}")

    from augenhoehe.check.reader import read_text

    _clear_caches()
    t0 = time.perf_counter()
    for t in texts:
        read_text(t)
    reader = n / (time.perf_counter() - t0)
    print(f"Nur Plan-Leser (Zeilen, Beteiligte, Schritte, Zeit), 1 Prozess: {reader:7.1f} Pläne/s; "
          f"Zeit je Plan Leser / reines NLP: {bare / reader:.2f}")

    workers = 2
    _clear_caches()
    chunks = [texts[i::workers * 8] for i in range(workers * 8)]
    t0 = time.perf_counter()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        list(pool.map(_check_batch, chunks))
    par = n / (time.perf_counter() - t0)
    print(f"Alle Regeln, {workers} Prozesse: {par:7.1f} Pläne/s (inkl. Start der Prozesse)")

    from augenhoehe.check.corpus import duplicate_groups

    t0 = time.perf_counter()
    groups = duplicate_groups(texts)
    print(f"Beinahe-Duplikate (MinHash-LSH) über {n} Pläne: {time.perf_counter() - t0:.1f} s, "
          f"{len(groups)} Gruppen")

    edit = sample.split("\n")
    times = []
    for i in range(60):
        lines = list(edit)
        target = next(j for j, line in enumerate(lines) if line.startswith("- ")) if any(
            line.startswith("- ") for line in lines) else 1
        lines[target] = lines[target].rstrip(".") + f" und {EDITS[i % len(EDITS)]}{'e' * (i // len(EDITS))}."
        started = time.perf_counter()
        check_text("\n".join(lines))
        times.append((time.perf_counter() - started) * 1000)
    p95 = statistics.quantiles(times[10:], n=20)[-1]
    print(f"Interaktive Neuprüfung (ein Satz geändert, warm): p50 {statistics.median(times[10:]):.1f} ms, "
          f"p95 {p95:.1f} ms")
    own, kids = rss_mb()
    print(f"Spitzen-RSS: Hauptprozess {own:.0f} MB, größter Kindprozess {kids:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
