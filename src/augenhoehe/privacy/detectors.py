"""Pattern detectors for contact data, addresses, numbers, birth dates, places and employers."""

from __future__ import annotations

import re
from collections.abc import Iterator

from augenhoehe.privacy.spans import Span

_U = "A-ZÄÖÜ"
_W = r"[^\W\d_]"
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
PHONE = re.compile(
    r"(?:(?<=[\s:(])|^)(?:\+\d{2}\s?(?:\(0\)\s?)?|0)\d{2,5}(?:[ /\-–]{1,3}\d{2,8}){0,4}(?!\S*[.,]\d)"
    r"(?=[\s,;).]|$)", re.M)
PHONE_CUE = re.compile(r"\b(?:Tel(?:efon)?\.?|Mobil|Handy|Fax|Rufnummer|Durchwahl|erreichbar unter)\b", re.I)
FILE_CUE = re.compile(
    r"\b(?:BG-?(?:Nr\.?|Nummer)|Bedarfsgemeinschaftsnummer|Aktenzeichen|Az\.|AZ|Kunden-?(?:nummer|Nr\.?)|"
    r"Geschäftszeichen|Unser Zeichen|Ihr Zeichen|Steuer-ID|Sozialversicherungsnummer|RV-Nummer)\s*:?\s*"
    r"([0-9A-Z][0-9A-Za-z/\-.]{3,}[0-9A-Za-z])"
)
STREET_SUFFIX = (r"(?:straße|strasse|str\.|weg|gasse|allee|platz|ring|damm|ufer|chaussee|steig|pfad|"
                 r"markt|graben|wall|hof|berg|stieg|kamp|twiete|landstraße|promenade)")
STREET = re.compile(
    rf"\b(?:(?:Am|An der|An den|Auf dem|Auf der|Im|In der|Zum|Zur|Hinter dem|Unter den|Alte|Alter|Neue|Neuer)\s)?"
    rf"(?:[{_U}]{_W}*[- ])?[{_U}]{_W}*{STREET_SUFFIX}[ \t]+\d{{1,4}}\s?[a-z]?(?:\s?[-–/]\s?\d{{1,4}}[a-z]?)?\b"
    rf"|\b(?:Am|An der|An den|Auf dem|Auf der|Auf den|Im|In der|In den|Zum|Zur|Hinter der|Hinter dem|Vor dem|"
    rf"Unter den|Bei der|Beim)\s[{_U}]{_W}+\s\d{{1,3}}\s?[a-z]?\b(?![.:\d])"
)
POSTCODE = re.compile(rf"\b\d{{5}}\s+[{_U}]{_W}+(?:[-\s](?:an der|am|im|in der|bei)\s[{_U}]{_W}+|-[{_U}]{_W}+)?")
PLACE = re.compile(
    rf"\b(?:Ortsteil|Stadtteil|Stadtbezirk|Ortsteils|Stadtteils|Wohngebiet|Siedlung|Quartier|Kiez|Viertel|Dorf)"
    rf"\s+((?:St\.\s|Sankt\s)?[{_U}]{_W}+(?:-[{_U}]{_W}+)*)"
    rf"|\b([{_U}]{_W}*(?:viertel|siedlung|kiez))\b"
)
_MONTHS = (r"(?:Jan(?:uar)?|Feb(?:ruar)?|März|Mär|Apr(?:il)?|Mai|Juni?|Juli?|Aug(?:ust)?|"
           r"Sep(?:t(?:ember)?)?|Okt(?:ober)?|Nov(?:ember)?|Dez(?:ember)?)")
DATE_ANY = (rf"(?:\d{{1,2}}\.\s?\d{{1,2}}\.\s?(?:19|20)?\d{{2}}|\d{{1,2}}\.\s?{_MONTHS}\s+(?:19|20)\d{{2}}|"
            rf"(?:19|20)\d{{2}}-\d{{2}}-\d{{2}})")
BIRTHDATE = re.compile(
    rf"(?:\bgeb(?:oren)?\.?(?:\s+am)?|\bGeburtsdatum\s*:?|\bGeb\.-?Datum\s*:?|(?<![*\w])\*(?!\*))\s*({DATE_ANY})", re.I)
AGE_IN_NAME = re.compile(r"\((\d{2})\)")
LEGAL_FORM = (r"(?:GmbH\s?&\s?Co\.\s?KG|gGmbH|GmbH|mbH|AG|KG|OHG|UG(?:\s\(haftungsbeschränkt\))?|"
              r"e\.\s?K\.|e\.\s?V\.|& Co\.(?:\sKG)?|GbR|SE|Inh\.\s[{_U}]{_W}+|Lda\.|S\.\s?A\.|S\.\s?L\.|"
              r"Ltd\.?|B\.\s?V\.|Inc\.|"
              r"sp\.\sz\s?o\.\s?o\.|s\.\s?r\.\s?o\.|S\.\s?r\.\s?l\.|SRL|LLC)")
EMPLOYER_FORM = re.compile(
    rf"(?:[{_U}][\w&.'’\-]*\s){{0,3}}[{_U}][\w&.'’\-]*\s{LEGAL_FORM}(?![\w])".replace("{_U}", _U)
    .replace("{_W}", _W))
EMPLOYER_CUE = re.compile(
    rf"\b(?:Firma|Fa\.|Bäckerei|Metzgerei|Fleischerei|Konditorei|Autohaus|Gärtnerei|Spedition|Pflegedienst|"
    rf"Gebäudereinigung|Reinigungsfirma|Hotel|Restaurant|Gaststätte|Café|Cafe|Imbiss|Kiosk|Friseursalon|Salon|"
    rf"Tischlerei|Schreinerei|Malerbetrieb|Elektro|Zahnarztpraxis|Arztpraxis|Tierarztpraxis|Kanzlei|"
    rf"Supermarkt|Markt|Logistik|Lager|Werkstatt|Kfz-Werkstatt|Pizzeria|Apotheke|Baufirma|Dachdeckerei|"
    rf"Zeitarbeitsfirma|Personaldienstleister|Getränkemarkt|Modehaus|Möbelhaus|Pflegeheim|Seniorenheim|"
    rf"Gasthof|Gasthaus|Landgasthof|Altenheim|Kita|Hausmeisterservice|Sicherheitsdienst|Lieferdienst|Paketdienst|Brauerei|Druckerei)"
    rf"\s+((?:Dr\.\s|St\.\s|zum\s|zur\s|am\s|an\sder\s)?(?:[{_U}][\w&'’\-]*)(?:\s(?:&\s)?[{_U}][\w&'’\-]*){{0,2}})"
)
# a trade compound ("Metallbau", "Elektrotechnik", "Drogerie") before a rare capitalised name
EMPLOYER_TRADE = re.compile(
    rf"\b[{_U}]{_W}*(?:bau|handel|technik|service|logistik|transporte?|reinigung|drogerie|markt|werk|werke|"
    rf"werkstatt|betrieb|haus|studio|praxis|zentrum|dienst|dienste|küche|bäckerei|versand|druck|vertrieb)"
    rf"[ \u00a0]([{_U}][\w'’\-]+)(?: & [{_U}][\w'’\-]+)?"
)
# words that follow an employer cue but do not name one ("Autohaus in", "Hotel Gastronomie")
_NOT_NAME = {"Sie", "Ihnen", "Ihr", "Ihre", "Jobcenter", "Team", "Praktikum", "Ausbildung", "Arbeit",
             "Bewerbung", "Bewerbungen", "Stelle", "Stellen", "Job", "Minijob", "Vollzeit", "Teilzeit",
             "Der", "Die", "Das", "Und", "Oder", "Mit", "Bei", "In", "Am", "Im", "Für"}


def _span(m: re.Match[str], kind: str, group: int = 0) -> Span:
    value = m.group(group)
    return Span(m.start(group), m.end(group), kind, _norm(value))


def _norm(value: str) -> str:
    return re.sub(r"\s+", " ", value.strip()).lower()


def contacts(text: str) -> Iterator[Span]:
    """E-mail addresses and phone numbers (numbers need 7+ digits or a Tel./Mobil cue)."""
    for m in EMAIL.finditer(text):
        yield _span(m, "email")
    for m in PHONE.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        cue = PHONE_CUE.search(text[max(0, m.start() - 25):m.start()])
        if len(digits) >= 9 or (len(digits) >= 6 and cue):
            yield Span(m.start(), m.end(), "phone", digits)


def file_numbers(text: str) -> Iterator[Span]:
    """BG numbers, Aktenzeichen, customer numbers and similar case identifiers."""
    for m in FILE_CUE.finditer(text):
        value = m.group(1)
        if any(c.isdigit() for c in value):
            yield _span(m, "file_number", 1)
    for m in re.finditer(r"\b\d{5}\s?BG\s?\d{7}\b|\b\d{3}[A-Z]\d{5,6}\b|\b\d{5}//\d{7}\b", text):
        yield _span(m, "file_number")


def addresses(text: str) -> Iterator[Span]:
    """Street and number, postcode and town; the two merged when they stand together."""
    parts = [(m.start(), m.end()) for m in STREET.finditer(text)]
    parts += [(m.start(), m.end()) for m in POSTCODE.finditer(text)]
    parts.sort()
    merged: list[list[int]] = []
    for s, e in parts:
        if merged and (s <= merged[-1][1] or re.fullmatch(r"[,\s]{1,3}", text[merged[-1][1]:s])):
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    for s, e in merged:
        yield Span(s, e, "address", _norm(text[s:e]))


def places(text: str) -> Iterator[Span]:
    """Places below the level of a town: Ortsteil/Stadtteil names and -viertel, -siedlung."""
    for m in PLACE.finditer(text):
        g = 1 if m.group(1) else 2
        yield _span(m, "place", g)


def birthdates(text: str) -> Iterator[Span]:
    """Dates of birth after geb./geboren/Geburtsdatum/*."""
    for m in BIRTHDATE.finditer(text):
        yield _span(m, "birthdate", 1)


def employers(text: str) -> Iterator[Span]:
    """Employer names: a legal form (GmbH, AG, e. K. …) or a trade word before a proper name."""
    for m in EMPLOYER_FORM.finditer(text):
        start = m.start()
        words = m.group().split()
        # drop leading words that are not part of a name ("bei", sentence starts)
        while len(words) > 2 and words[0] in _NOT_NAME:
            start += len(words[0]) + 1
            words = words[1:]
        yield Span(start, m.end(), "employer", _norm(text[start:m.end()]))
    for m in EMPLOYER_CUE.finditer(text):
        name = m.group(1).split()
        keep: list[str] = []
        for w in name:
            if w in _NOT_NAME:
                break
            keep.append(w)
        if not keep:
            continue
        end = m.start(1) + len(" ".join(keep))
        yield Span(m.start(), end, "employer", _norm(text[m.start():end]))


def trade_employers(text: str) -> Iterator[Span]:
    """Trade compound plus a rare proper name: "Metallbau Kreuzer", "Drogerie Sonnenschein"."""
    from augenhoehe.privacy.names import STOP, common_word

    for m in EMPLOYER_TRADE.finditer(text):
        name = m.group(1)
        if name.lower() in STOP or name in _NOT_NAME or common_word(name):
            continue
        yield _span(m, "employer")


def all_spans(text: str) -> list[Span]:
    """Every pattern detector over the text (overlaps not yet resolved)."""
    out: list[Span] = []
    for detector in (contacts, file_numbers, addresses, places, birthdates, employers, trade_employers):
        out += list(detector(text))
    return out
