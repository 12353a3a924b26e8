"""Loading a corpus: files and records -> articles, each with its publication date.

Inputs: folders (walked recursively), text files (``.txt``, ``.md``, optional YAML front matter),
HTML files (``.html``, ``.htm``; main text by trafilatura) and records files (``.jsonl``, ``.csv``)
holding one article per row. A records row with ``file`` instead of ``text`` is a manifest entry:
it gives the metadata of that file (path relative to the records file), which is loaded from there.

An article's publication date comes from the first of these that gives one: the ``published``
argument (a single file only), its record or manifest entry, its front matter, a date in its file
name, a date in its folder path, its HTML metadata. A date printed in the text is never taken:
it is as likely a photo caption or a quoted event as the day of publication. An article with no
date is still loaded, with ``published=None``.

Bad input never stops the run: it becomes a ``Skipped`` naming the file (and line), and the rest
of the corpus still loads. Records are streamed row by row, so memory holds the articles in flight
plus one key per article (to keep keys unique).
"""
from __future__ import annotations

import csv
import datetime
import email.utils
import json
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath

import trafilatura
import yaml
from lxml.html import HtmlElement

# spaCy refuses texts longer than its nlp.max_length (1,000,000 characters) and a news article
# is rarely a twentieth of that: a longer text is a book, a dump or a concatenation.
MAX_TEXT_CHARS = 1_000_000
# A file is read whole, so only under this size; HTML pages carry several times their text in
# markup and scripts, hence the room above MAX_TEXT_CHARS.
MAX_FILE_BYTES = 10_000_000

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
RECORDS_SUFFIXES = (".jsonl", ".csv")

# Where a publication date came from, in the order they are tried.
BASES = ("option", "record", "manifest", "front matter", "file name", "folder path", "html metadata")


@dataclass
class Article:
    key: str  # file stem; a record's `id`, else <records file stem>-<line>; unique within a run
    text: str  # as read (UTF-8, BOM, front matter and \r\n removed); offsets point into this
    path: str  # the file it came from
    published: datetime.date | None
    published_basis: str | None  # one of BASES
    source: str | None = None  # outlet
    title: str | None = None
    url: str | None = None
    line: int | None = None  # the row of a records file


@dataclass
class Skipped:
    path: str
    line: int | None
    problem: str

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.problem}"


class BadInput(ValueError):
    """A problem with one article's input, told in words a user can act on."""


DATE_SHAPE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def parse_date(value: str, origin: str = "") -> datetime.date:
    """``YYYY-MM-DD``, or a full ISO datetime whose date is taken as written; nothing else is guessed.

    ``origin`` says where the value was found, for the message (``"in the front matter"``).
    """
    value = value.strip()
    where = f" {origin}" if origin else ""
    unrecognised = BadInput(f"unrecognised date {value!r}{where}; write it as YYYY-MM-DD")
    shape = DATE_SHAPE.match(value)
    if shape is None:
        raise unrecognised
    try:
        day = datetime.date(*map(int, shape.groups()))
    except ValueError:
        raise BadInput(f"impossible date {value!r}{where}") from None
    if shape.end() < len(value):
        try:
            datetime.datetime.fromisoformat(value)
        except ValueError:
            raise unrecognised from None
    return day


@dataclass
class _Metadata:
    """What one source says about an article; ``published`` is the raw value, parsed when chosen."""

    basis: str
    published: str | datetime.date | None = None
    source: str | None = None
    title: str | None = None
    url: str | None = None


def _merge(text: str, sources: list[_Metadata]) -> dict:
    """Each field from the first source (in BASES order) that gives it."""
    if not text.strip():
        raise BadInput("no text")
    if len(text) > MAX_TEXT_CHARS:
        raise BadInput(f"text is {len(text):,} characters, over the {MAX_TEXT_CHARS:,}-character limit")
    sources = sorted(sources, key=lambda s: BASES.index(s.basis))
    fields = {"text": text, "published": None, "published_basis": None}
    dated = next((s for s in sources if s.published is not None), None)
    if dated is not None:
        value = dated.published
        if not isinstance(value, datetime.date):
            value = parse_date(value, f"in the {dated.basis}")
        fields["published"], fields["published_basis"] = value, dated.basis
    for name in ("source", "title", "url"):
        fields[name] = next((getattr(s, name) for s in sources if getattr(s, name)), None)
    return fields


# --- dates in paths -----------------------------------------------------------------------

FILE_NAME_DATE = re.compile(r"(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)")
FOLDER_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
YEAR, TWO_DIGITS = re.compile(r"\d{4}"), re.compile(r"\d{2}")


def _path_dates(path: PurePath) -> list[_Metadata]:
    """A date in the file name (``2012-03-11-annan.txt``), and in the nearest folders that spell one
    (``2012/03/11/annan.txt``, ``2012-03-11/annan.txt``)."""
    found = []
    in_name = FILE_NAME_DATE.search(path.stem)
    if in_name:
        found.append(_Metadata("file name", published=in_name.group()))
    folders = path.parent.parts
    for end in range(len(folders), 0, -1):
        if FOLDER_DATE.fullmatch(folders[end - 1]):
            found.append(_Metadata("folder path", published=folders[end - 1]))
            break
        if end >= 3 and YEAR.fullmatch(folders[end - 3]) and all(map(TWO_DIGITS.fullmatch, folders[end - 2 : end])):
            found.append(_Metadata("folder path", published="-".join(folders[end - 3 : end])))
            break
    return found


# --- reading one file ---------------------------------------------------------------------


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise BadInput(f"file is {size:,} bytes, over the {MAX_FILE_BYTES:,}-byte limit for one article")
        data = path.read_bytes()
    except OSError as error:
        raise BadInput(f"cannot read the file: {error.strerror}") from None
    if not data.strip():
        raise BadInput("empty file" if not data else "file holds only whitespace")
    return data


def _not_binary(data: bytes, start: int = 0) -> None:
    """Text has no NUL byte; UTF-16 text has one in every other byte. ``start``: data's offset in its file."""
    nul = data.find(b"\x00")
    if nul >= 0:
        raise BadInput(f"binary file, or text not in UTF-8 (NUL byte at byte offset {start + nul})")


def _decode(data: bytes, start: int = 0) -> str:
    """UTF-8 without its BOM, newlines as Python's text mode reads them (offsets agree with read_text)."""
    _not_binary(data, start)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        bad = data[error.start]
        raise BadInput(
            f"not UTF-8 (byte 0x{bad:02x} at byte offset {start + error.start}); save the file as UTF-8"
        ) from None
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


class _FrontMatterLoader(yaml.SafeLoader):
    """YAML with dates left as text, so that parse_date judges them all alike (YAML would raise on 2012-02-30)."""


_FrontMatterLoader.add_constructor(
    "tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node)
)

FRONT_MATTER = re.compile(r"---[ \t]*\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL | re.MULTILINE)


def _scalar(value: object, name: str) -> str | None:
    if isinstance(value, (dict, list)):
        raise BadInput(f"'{name}' must be a single value, not a list or mapping")
    text = "" if value is None else str(value).strip()
    return text or None


def _split_front_matter(text: str) -> tuple[str, _Metadata | None]:
    block = FRONT_MATTER.match(text)
    if block is None:
        return text, None
    try:
        keys = yaml.load(block.group(1), Loader=_FrontMatterLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f", line {mark.line + 2}" if mark else ""  # +2: the opening '---' and 1-based lines
        raise BadInput(f"front matter is not valid YAML ({getattr(error, 'problem', error)}{where})") from None
    if keys is None:
        keys = {}
    if not isinstance(keys, dict):
        raise BadInput("front matter is not a YAML mapping of keys to values")
    published = keys.get("published", keys.get("date"))
    metadata = _Metadata(
        "front matter",
        published=_scalar(published, "published"),
        source=_scalar(keys.get("source"), "source"),
        title=_scalar(keys.get("title"), "title"),
        url=_scalar(keys.get("url"), "url"),
    )
    return text[block.end() :], metadata


# <meta name|property|itemprop=...> keys that state when a page was first published, surest first.
# Modified dates and copyright years are left out: they are not the day of publication.
PUBLISHED_META_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "pubdate",
    "publishdate",
    "publish-date",
    "parsely-pub-date",
    "sailthru.date",
    "date",
)


def _html_date(value: str) -> datetime.date | None:
    """A page's date as ISO or as RFC 2822 (``Sun, 11 Mar 2012 09:12:00 GMT``); None if neither."""
    try:
        return parse_date(value)
    except BadInput:
        pass
    try:
        return email.utils.parsedate_to_datetime(value).date()
    except (TypeError, ValueError):
        return None


def _json_ld_published(node: object) -> str | None:
    if isinstance(node, dict):
        if isinstance(node.get("datePublished"), str):
            return node["datePublished"]
        node = list(node.values())
    if isinstance(node, list):
        return next(filter(None, map(_json_ld_published, node)), None)
    return None


def _html_published(tree: HtmlElement) -> datetime.date | None:
    """The publication date the page's metadata states: <meta> tags, microdata, JSON-LD.

    htmldate (trafilatura's date finder) falls back on dates printed in the body even with
    extensive_search=False, and turns a copyright year into 1 January: neither is a publication
    date, so only the metadata is read here.
    """
    stated: dict[str, str] = {}
    for element in tree.xpath("//meta | //*[@itemprop]"):
        for attribute in ("property", "name", "itemprop"):
            key = (element.get(attribute) or "").strip().lower()
            value = element.get("content") or element.get("datetime")
            if key in PUBLISHED_META_KEYS and value and key not in stated:
                stated[key] = value
    for key in PUBLISHED_META_KEYS:
        day = _html_date(stated[key]) if key in stated else None
        if day is not None:
            return day
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            value = _json_ld_published(json.loads(script.text))
        except json.JSONDecodeError:
            continue
        day = _html_date(value) if value else None
        if day is not None:
            return day
    return None


def _read_html(data: bytes) -> tuple[str, _Metadata]:
    _not_binary(data)
    tree = trafilatura.load_html(data)  # decodes by the page's declared or detected charset
    if tree is None:
        raise BadInput("not an HTML page (no markup found)")
    published = _html_published(tree)
    document = trafilatura.bare_extraction(tree, with_metadata=True, include_comments=False)
    if document is None or not (document.text or "").strip():
        raise BadInput("no article text found in the HTML page")
    metadata = _Metadata(
        "html metadata",
        published=published,
        source=document.sitename or None,
        title=document.title or None,
        url=document.url or None,
    )
    return document.text, metadata


# --- the run ------------------------------------------------------------------------------


def _derived_key(relative: PurePath) -> str:
    """A key from a relative path (``2012/03/11/annan.txt`` -> ``2012_03_11_annan``), for clashing stems."""
    return "_".join(part for part in relative.with_suffix("").parts if part.strip("/\\") not in ("", ".", ".."))


class _Run:
    """What a run remembers across articles: keys given out and files already read."""

    def __init__(self) -> None:
        self.keys: set[str] = set()
        self.files_read: set[Path] = set()

    def claim_key(self, key: str, fallback: str) -> str:
        for candidate in (key, fallback):
            if candidate not in self.keys:
                self.keys.add(candidate)
                return candidate
        number = 2
        while f"{fallback}-{number}" in self.keys:
            number += 1
        self.keys.add(f"{fallback}-{number}")
        return f"{fallback}-{number}"

    def first_read(self, path: Path) -> bool:
        resolved = path.resolve()
        if resolved in self.files_read:
            return False
        self.files_read.add(resolved)
        return True


def _article_file(path: Path, relative: PurePath, run: _Run, given: _Metadata | None) -> Article | Skipped:
    """One text or HTML file, with the metadata its manifest entry or the run gives."""
    try:
        data = _read_bytes(path)
        sources = [given] if given else []
        if path.suffix.lower() in HTML_SUFFIXES:
            text, html_metadata = _read_html(data)
            sources.append(html_metadata)
        else:
            text, front_matter = _split_front_matter(_decode(data))
            if front_matter:
                sources.append(front_matter)
        fields = _merge(text, sources + _path_dates(path))
    except BadInput as problem:
        return Skipped(str(path), None, str(problem))
    key = run.claim_key(path.stem, _derived_key(relative))
    return Article(key=key, path=str(path), **fields)


# --- records files ------------------------------------------------------------------------

RECORD_FIELDS = ("text", "file", "published", "source", "title", "url", "id")


def _bounded_lines(stream) -> Iterator[tuple[int, int, bytes | None]]:
    """(line number, byte offset, line) of a binary stream; a line over MAX_FILE_BYTES is read past
    without keeping it and given as None, so one runaway line cannot fill memory."""
    number, offset = 0, 0
    while True:
        line = stream.readline(MAX_FILE_BYTES + 1)
        if not line:
            return
        number += 1
        start, offset = offset, offset + len(line)
        if len(line) > MAX_FILE_BYTES:
            while not line.endswith(b"\n"):
                line = stream.readline(MAX_FILE_BYTES)
                offset += len(line)
                if not line:
                    break
            yield number, start, None
        else:
            yield number, start, line


def _jsonl_rows(stream) -> Iterator[tuple[int, dict | BadInput]]:
    for number, offset, line in _bounded_lines(stream):
        if line is None:
            yield number, BadInput(f"line is over the {MAX_FILE_BYTES:,}-byte limit for one article")
            continue
        try:
            text = _decode(line, offset)
            if not text.strip():
                continue
            row = json.loads(text)
        except BadInput as problem:
            yield number, problem
            continue
        except json.JSONDecodeError as error:
            yield number, BadInput(f"malformed JSON: {error.msg} (column {error.colno})")
            continue
        yield number, row if isinstance(row, dict) else BadInput("line is not a JSON object")


def _csv_rows(stream) -> Iterator[tuple[int, dict | BadInput]]:
    """Rows by the line they start on. A quoted CSV field can span lines, so after a bad line the
    rest of the file cannot be trusted: it is reported and not read."""
    # The csv module's default field limit (128 KiB) is below a long article.
    csv.field_size_limit(max(csv.field_size_limit(), MAX_FILE_BYTES))
    lines_read = 0

    def decoded_lines() -> Iterator[str]:
        nonlocal lines_read
        for number, offset, line in _bounded_lines(stream):
            lines_read = number
            if line is None:
                raise BadInput(f"line is over the {MAX_FILE_BYTES:,}-byte limit for one article")
            yield _decode(line, offset)

    reader = csv.reader(decoded_lines())
    header: list[str] | None = None
    try:
        while True:
            first_line = lines_read + 1
            cells = next(reader, None)
            if cells is None:
                return
            if not cells:
                continue
            if header is None:
                header = [cell.strip().lower() for cell in cells]
                if "text" not in header and "file" not in header:
                    yield first_line, BadInput("the CSV header has no 'text' or 'file' column")
                    return
            elif len(cells) != len(header):
                yield first_line, BadInput(f"the row has {len(cells)} fields, the header {len(header)}")
            else:
                yield first_line, dict(zip(header, cells))
    except (BadInput, csv.Error) as problem:
        yield lines_read, BadInput(f"{problem}; the rest of the file was not read")


def _records_file(path: Path, relative: PurePath, run: _Run) -> Iterator[Article | Skipped]:
    rows = _jsonl_rows if path.suffix.lower() == ".jsonl" else _csv_rows
    try:
        stream = path.open("rb")
    except OSError as error:
        yield Skipped(str(path), None, f"cannot read the file: {error.strerror}")
        return
    with stream:
        for line, row in rows(stream):
            if isinstance(row, BadInput):
                yield Skipped(str(path), line, str(row))
                continue
            try:
                yield _records_row(path, relative, line, row, run)
            except BadInput as problem:
                yield Skipped(str(path), line, str(problem))


def _records_row(path: Path, relative: PurePath, line: int, row: dict, run: _Run) -> Article | Skipped:
    values = {name: _scalar(row.get(name), name) for name in RECORD_FIELDS if name != "text"}
    text = row.get("text") or None  # an empty CSV cell is no text
    if text is not None and not isinstance(text, str):
        raise BadInput("'text' must be a string")
    if text is not None and values["file"]:
        raise BadInput("the row gives both 'text' and 'file'; give one")
    if values["file"]:
        return _manifest_entry(path, relative, values, run)
    if text is None:
        raise BadInput("the row has no text and no file")
    metadata = _Metadata("record", **{name: values[name] for name in ("published", "source", "title", "url")})
    fields = _merge(text, [metadata])
    key = run.claim_key(values["id"] or f"{path.stem}-{line}", f"{_derived_key(relative)}-{line}")
    return Article(key=key, path=str(path), line=line, **fields)


def _manifest_entry(path: Path, relative: PurePath, values: dict, run: _Run) -> Article | Skipped:
    """The file a manifest row names, with the row's metadata. Problems of the row itself name the
    manifest's line; the file, once claimed by its entry, is not loaded again without it."""
    file = values["file"]
    named = path.parent / file
    if not named.is_file():
        raise BadInput(f"the manifest names a missing file: {file}")
    if named.suffix.lower() not in TEXT_SUFFIXES + HTML_SUFFIXES:
        raise BadInput(f"the manifest names {file}, which is not a text or HTML file")
    if not run.first_read(named):
        raise BadInput(f"{file} was already loaded before this manifest entry")
    published = values["published"] and parse_date(values["published"], "in the manifest")
    metadata = _Metadata("manifest", published, values["source"], values["title"], values["url"])
    return _article_file(named, relative.parent / file, run, metadata)


# --- folders and the corpus ---------------------------------------------------------------


def _files_under(root: Path) -> list[PurePath]:
    """Relative paths of the files under root, sorted; hidden files and folders (.git) left out."""
    found = []
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = [name for name in subfolders if not name.startswith(".")]
        base = Path(folder).relative_to(root)
        found.extend(base / name for name in files if not name.startswith("."))
    return sorted(found, key=PurePath.as_posix)


def _folder(root: Path, run: _Run) -> Iterator[Article | Skipped]:
    """Records files first, so that their manifest entries apply to the files they name."""
    files = _files_under(root)
    for relative in files:
        if relative.suffix.lower() in RECORDS_SUFFIXES and run.first_read(root / relative):
            yield from _records_file(root / relative, relative, run)
    for relative in files:
        if relative.suffix.lower() in TEXT_SUFFIXES + HTML_SUFFIXES and run.first_read(root / relative):
            yield _article_file(root / relative, relative, run, None)


def iter_corpus(paths: Sequence[str | Path], published: datetime.date | None = None) -> Iterator[Article | Skipped]:
    """Articles and skipped inputs of the given files and folders, folders' files in sorted order.

    ``published`` (a ``--published`` option) dates a single text or HTML file above all else.
    Files with other suffixes inside folders are not articles and are passed over.
    """
    paths = [Path(path) for path in paths]
    if published is not None and not (
        len(paths) == 1 and paths[0].is_file() and paths[0].suffix.lower() in TEXT_SUFFIXES + HTML_SUFFIXES
    ):
        raise ValueError(
            "a publication date for the run applies to a single text or HTML file; date several articles"
            " with a manifest, front matter or a 'published' column"
        )
    run = _Run()
    given = _Metadata("option", published=published) if published else None
    for path in paths:
        suffix = path.suffix.lower()
        if path.is_dir():
            yield from _folder(path, run)
        elif not path.is_file():
            yield Skipped(str(path), None, "no such file or folder")
        elif suffix in RECORDS_SUFFIXES:
            if run.first_read(path):
                yield from _records_file(path, path, run)
        elif suffix in TEXT_SUFFIXES + HTML_SUFFIXES:
            if run.first_read(path):
                yield _article_file(path, path, run, given)
        else:
            yield Skipped(
                str(path), None, f"not a corpus file: dateline reads {', '.join(TEXT_SUFFIXES + HTML_SUFFIXES + RECORDS_SUFFIXES)}"
            )
