"""Read a coded REFI-QDA project (.qdpx) back: safely, completely or not at all.

Handles what the exporting programs do differently: texts inline (PlainTextContent), as
internal://file in the archive's Sources folder or as relative://path; GUIDs with or without
braces and in any case; codings on a selection or on a whole source; coders only named on the
selection. Everything left out is reported in Project.skipped, never dropped silently.
"""

from __future__ import annotations

import codecs
import zipfile
from datetime import date
from pathlib import Path, PurePosixPath
from typing import Any

from lxml import etree

from augenhoehe.research.notes import read_notes
from augenhoehe.research.project import Code, Coding, Project, Source, User
from augenhoehe.research.qdaxml import NS, q, safe_parser, validate_project

MAX_ENTRIES = 10_000
MAX_TOTAL = 200 * 1024 * 1024      # uncompressed bytes of the whole archive
MAX_ENTRY = 50 * 1024 * 1024       # uncompressed bytes of one file
MAX_RATIO = 100                    # uncompressed / compressed, for entries above 1 MB


class QdpxError(ValueError):
    """The project cannot be imported; the German message says why. Nothing was imported."""


def _guid(value: str | None) -> str:
    return (value or "").strip().strip("{}").lower()


class _Archive:
    """A size-checked view of the ZIP; reads are bounded, whatever the headers claim."""

    def __init__(self, path: Path):
        if not path.is_file():
            raise QdpxError(f"{path}: Datei nicht gefunden.")
        if not zipfile.is_zipfile(path):
            raise QdpxError(f"{path}: keine ZIP-Datei – ein REFI-QDA-Projekt (.qdpx) ist ein ZIP-Archiv.")
        try:
            self.zf = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError) as exc:
            raise QdpxError(f"{path}: ZIP-Archiv beschädigt ({exc}).") from exc
        infos = self.zf.infolist()
        if len(infos) > MAX_ENTRIES:
            raise QdpxError(f"{path}: zu viele Dateien im Archiv ({len(infos)}, höchstens {MAX_ENTRIES}).")
        total = sum(i.file_size for i in infos)
        if total > MAX_TOTAL:
            raise QdpxError(f"{path}: entpackt zu groß ({total // 2**20} MB, höchstens {MAX_TOTAL // 2**20} MB) "
                            "– möglicherweise eine ZIP-Bombe.")
        for i in infos:
            if i.flag_bits & 0x1:
                raise QdpxError(f"{path}: verschlüsselte Datei im Archiv ({i.filename}).")
            if i.file_size > 2**20 and i.file_size > MAX_RATIO * max(i.compress_size, 1):
                raise QdpxError(f"{path}: {i.filename} ist verdächtig stark komprimiert "
                                f"(Verhältnis über {MAX_RATIO}:1) – möglicherweise eine ZIP-Bombe.")
        self.path = path
        self.names = {i.filename: i for i in infos if not i.is_dir()}
        self.lower = {n.lower(): n for n in self.names}
        self.read_total = 0

    def find(self, name: str) -> str | None:
        return self.lower.get(name.lower())

    def read(self, name: str) -> bytes:
        limit = min(MAX_ENTRY, MAX_TOTAL - self.read_total)
        out = bytearray()
        with self.zf.open(self.names[name]) as fh:
            while chunk := fh.read(65536):
                out += chunk
                if len(out) > limit:
                    raise QdpxError(f"{self.path}: {name} ist entpackt größer als angegeben oder erlaubt "
                                    "– möglicherweise eine ZIP-Bombe.")
        self.read_total += len(out)
        return bytes(out)


def decode_text(data: bytes, where: str) -> str:
    """UTF-8 (with or without BOM) or UTF-16/32 with BOM; anything else is refused."""
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError as exc:
                raise QdpxError(f"{where}: fehlerhafte Kodierung {enc} (Byte {exc.start}).") from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise QdpxError(f"{where}: unbekannte Zeichenkodierung (kein UTF-8, kein BOM; Byte {exc.start}). "
                        "REFI-QDA verlangt UTF-8 – bitte die Quelle als UTF-8 exportieren.") from exc


def _parse(data: bytes, where: str) -> etree._Element:
    head = data[:4096].lstrip()
    if b"<!DOCTYPE" in data[:65536].upper() or b"<!ENTITY" in data[:65536].upper():
        raise QdpxError(f"{where}: XML mit DOCTYPE oder Entitäten wird aus Sicherheitsgründen nicht gelesen.")
    if not head:
        raise QdpxError(f"{where}: leer.")
    try:
        return etree.fromstring(data, parser=safe_parser())
    except etree.XMLSyntaxError as exc:
        raise QdpxError(f"{where}: kein gültiges XML ({exc.msg}, Zeile {exc.lineno}).") from exc


def _value(vv: etree._Element) -> tuple[str, Any] | None:
    ref = vv.find(q("VariableRef"))
    if ref is None:
        return None
    for tag in ("TextValue", "BooleanValue", "IntegerValue", "FloatValue", "DateValue", "DateTimeValue"):
        el = vv.find(q(tag))
        if el is not None:
            raw = (el.text or "").strip()
            value: Any = raw
            try:
                if tag == "BooleanValue":
                    value = raw in ("true", "1")
                elif tag == "IntegerValue":
                    value = int(raw)
                elif tag == "FloatValue":
                    value = float(raw)
                elif tag == "DateValue":
                    value = date.fromisoformat(raw)
            except ValueError:
                value = raw
            return _guid(ref.get("targetGUID")), value
    return None


class _Reader:
    def __init__(self, archive: _Archive, root: etree._Element):
        self.archive = archive
        self.root = root
        self.project = Project(root.get("name") or archive.path.stem)
        self.base = root.get("basePath") or ""

    def users(self) -> None:
        for u in self.root.iter(q("User")):
            guid = _guid(u.get("guid"))
            self.project.users.append(User(guid, u.get("name") or u.get("id") or guid))

    def codes(self) -> None:
        book = self.root.find(q("CodeBook"))
        if book is None:
            return

        def walk(el: etree._Element, parent: str | None) -> None:
            for c in el.findall(q("Code")):
                desc = c.find(q("Description"))
                guid = _guid(c.get("guid"))
                self.project.codes.append(Code(guid, c.get("name") or "", parent,
                                               (desc.text or "") if desc is not None else "",
                                               (c.get("isCodable") or "true").lower() != "false"))
                walk(c, guid)

        codes = book.find(q("Codes"))
        if codes is not None:
            walk(codes, None)

    def variables(self) -> dict[str, str]:
        return {_guid(v.get("guid")): v.get("name") or "" for v in self.root.iter(q("Variable"))}

    def text_of(self, ts: etree._Element, name: str) -> str | None:
        content = ts.find(q("PlainTextContent"))
        if content is not None and content.text is not None:
            return content.text
        path = ts.get("plainTextPath") or ""
        if path.startswith("internal://"):
            member = self.archive.find(f"Sources/{path[len('internal://'):]}")
        elif path.startswith("relative://"):
            rel = PurePosixPath(self.base.replace("\\", "/")) / path[len("relative://"):].replace("\\", "/")
            member = (self.archive.find(str(rel).lstrip("/")) or self.archive.find(f"Sources/{rel.name}")
                      or self.archive.find(rel.name))
            if member is None:
                self.project.skipped.append(f"Quelle „{name}“: {path} liegt außerhalb des Archivs "
                                            "(relativer Pfad, Datei nicht mitgeliefert) – übersprungen.")
                return None
        else:
            self.project.skipped.append(f"Quelle „{name}“: Pfad „{path or '(keiner)'}“ wird nicht gelesen "
                                        "(nur internal://, relative:// im Archiv oder eingebetteter Text) "
                                        "– übersprungen.")
            return None
        if member is None:
            self.project.skipped.append(f"Quelle „{name}“: {path} fehlt im Archiv – übersprungen.")
            return None
        return decode_text(self.archive.read(member), f"{self.archive.path}:{member}")

    def sources(self) -> None:
        sources = self.root.find(q("Sources"))
        if sources is None:
            return
        names = self.variables()
        codes = self.project.code_by_guid()
        users = self.project.user_by_guid()
        empty = 0
        for el in sources:
            if not isinstance(el.tag, str):
                continue
            kind = etree.QName(el).localname
            name = el.get("name") or _guid(el.get("guid"))
            if kind != "TextSource":
                self.project.skipped.append(f"{kind} „{name}“: nur Textquellen werden gelesen – übersprungen.")
                continue
            text = self.text_of(el, name)
            if text is None:
                continue
            src = Source(_guid(el.get("guid")), name, text)
            for vv in el.findall(q("VariableValue")):
                got = _value(vv)
                if got:
                    src.variables[names.get(got[0], got[0])] = got[1]
            self.project.sources.append(src)
            spans = [(sel, sel.get("startPosition"), sel.get("endPosition"))
                     for sel in el.findall(q("PlainTextSelection"))]
            spans += [(el, "0", str(len(text)))] if el.findall(q("Coding")) else []
            for sel, raw_start, raw_end in spans:
                try:
                    start, end = int(raw_start or ""), int(raw_end or "")
                except ValueError as exc:
                    raise QdpxError(f"Quelle „{name}“: Markierung ohne gültige Positionen "
                                    f"({raw_start!r}, {raw_end!r}).") from exc
                if start < 0 or end < start or end > len(text):
                    raise QdpxError(f"Quelle „{name}“: Markierung {start}–{end} reicht über das Textende hinaus "
                                    f"(der Text hat {len(text)} Zeichen). Nichts importiert.")
                codings = sel.findall(q("Coding"))
                if not codings:
                    empty += 1
                for c in codings:
                    ref = c.find(q("CodeRef"))
                    code = _guid(ref.get("targetGUID")) if ref is not None else ""
                    if code not in codes:
                        self.project.skipped.append(f"Quelle „{name}“ {start}–{end}: Codierung verweist auf "
                                                    f"unbekannten Code {code or '(keiner)'} – übersprungen.")
                        continue
                    user = _guid(c.get("creatingUser") or sel.get("creatingUser"))
                    if not user:
                        user = "unbekannt"
                    if user not in users:
                        users[user] = User(user, user)
                        self.project.users.append(users[user])
                        self.project.notes.append(
                            f"Codierer {user} fehlt in <Users>; unter dieser Kennung übernommen.")
                    self.project.codings.append(Coding(src.guid, code, user, start, end, _guid(c.get("guid"))))
        if empty:
            self.project.skipped.append(f"{empty} Markierung(en) ohne Code – übersprungen.")

    def cases(self) -> None:
        names = self.variables()
        by_guid = {s.guid: s for s in self.project.sources}
        for case in self.root.iter(q("Case")):
            values = [v for v in (_value(vv) for vv in case.findall(q("VariableValue"))) if v]
            for ref in case.findall(q("SourceRef")):
                src = by_guid.get(_guid(ref.get("targetGUID")))
                if src is None:
                    continue
                for var, value in values:
                    src.variables.setdefault(names.get(var, var), value)


def read_qdpx(path: str | Path) -> Project:
    """The project in `path`, or QdpxError with a German message (then nothing is returned)."""
    archive = _Archive(Path(path))
    qde = archive.find("project.qde") or next((n for n in archive.names if n.lower().endswith(".qde")), None)
    if qde is None:
        raise QdpxError(f"{path}: project.qde fehlt im Archiv – kein REFI-QDA-Projekt.")
    root = _parse(archive.read(qde), f"{path}:{qde}")
    if root.tag != q("Project"):
        raise QdpxError(f"{path}: Wurzelelement {root.tag} statt Project im Namensraum {NS}.")
    reader = _Reader(archive, root)
    errors = validate_project(root)
    if errors:
        reader.project.notes.append(f"project.qde weicht von Project.xsd ab ({len(errors)} Meldungen, "
                                    f"erste: {errors[0]}); gelesen wurde, was eindeutig ist.")
    reader.users()
    reader.codes()
    reader.sources()
    reader.cases()
    read_notes(root, reader.project, _guid)
    return reader.project
