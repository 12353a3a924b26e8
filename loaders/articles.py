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
import errno
import json
import os
import re
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath

import lxml.etree
import lxml.html
import trafilatura
import yaml
from lxml.html import HtmlElement
from trafilatura.utils import decode_file

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


# C0 and C1 control characters but tab and newline. No export format carries them all (XML 1.0
# refuses most, Neo4j's bulk import splits lists on U+001F, str.splitlines breaks on U+001C-U+001E),
# so they become spaces on input: one character for one, and every offset stays true.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")


def plain_text(value: str, name: str) -> str:
    """A field's text with control characters as spaces; a lone surrogate (legal in JSON's escapes,
    not in Unicode text) is refused, since no file can be written with it."""
    bad = LONE_SURROGATE.search(value)
    if bad:
        raise BadInput(f"'{name}' holds a lone surrogate (U+{ord(bad.group()):04X}) at character {bad.start()}: not Unicode text")
    return CONTROL_CHARACTERS.sub(" ", value)


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
    text = plain_text(text, "text")
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
        value = next((getattr(s, name) for s in sources if getattr(s, name)), None)
        fields[name] = plain_text(value, name) if value else None
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


FILE_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe"), (stat.S_ISCHR, "a character device"),
              (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


def not_regular(mode: int) -> str | None:
    """What a file is when it is not a regular file ("a named pipe"), else None."""
    if stat.S_ISREG(mode):
        return None
    return next((kind for test, kind in FILE_KINDS if test(mode)), "not a regular file")


def read_limited(fd: int, limit: int) -> bytes:
    """At most `limit` bytes from an open file; more is an error, told before more is read, so a
    file that grows without end (or lies about its size) costs at most `limit` bytes."""
    chunks, size = [], 0
    while True:
        chunk = os.read(fd, min(1 << 20, limit + 1 - size))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            raise BadInput(f"file is over the {limit:,}-byte limit for one article")


def open_regular(path: Path) -> int:
    """A read-only descriptor of a regular file. Opened without blocking, then checked, so a named
    pipe or a device is refused instead of waited on."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as error:
        raise BadInput(f"cannot read the file: {error.strerror}") from None
    kind = not_regular(os.fstat(fd).st_mode)
    if kind:
        os.close(fd)
        raise BadInput(f"{kind}, not a regular file; not read")
    return fd


def _read_bytes(path: Path) -> bytes:
    fd = open_regular(path)
    try:
        size = os.fstat(fd).st_size
        if size > MAX_FILE_BYTES:
            raise BadInput(f"file is {size:,} bytes, over the {MAX_FILE_BYTES:,}-byte limit for one article")
        data = read_limited(fd, MAX_FILE_BYTES)
    except OSError as error:
        raise BadInput(f"cannot read the file: {error.strerror}") from None
    finally:
        os.close(fd)
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


# libxml2 stops at 256 levels of nesting unless told the tree may be huge; generated pages go deeper.
HTML_PARSER = lxml.html.HTMLParser(huge_tree=True, remove_comments=True)
MARKUP = re.compile(r"<[A-Za-z!]")


def _nesting(tree: HtmlElement) -> int:
    """How deep the page's elements nest (without recursion: the point is that it may be very deep)."""
    deepest, stack = 0, [(tree, 1)]
    while stack:
        element, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in element)
    return deepest


def _read_html(data: bytes) -> tuple[str, _Metadata]:
    _not_binary(data)
    markup = decode_file(data)  # trafilatura's reading of the page's declared or detected charset
    try:
        tree = lxml.html.fromstring(markup, parser=HTML_PARSER) if MARKUP.search(markup) else None
    except (lxml.etree.ParserError, ValueError):
        tree = None
    if tree is None or not isinstance(tree, HtmlElement):
        raise BadInput("not an HTML page (no markup found)")
    published = _html_published(tree)
    document = trafilatura.bare_extraction(tree, with_metadata=True, include_comments=False)
    if document is None or not (document.text or "").strip():
        depth = _nesting(tree)
        deep = f" (its markup is nested {depth} levels deep, past what the text extractor reads)" if depth > 500 else ""
        raise BadInput(f"no article text found in the HTML page{deep}")
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


def resolved(path: Path) -> Path:
    """The real path of `path` (links followed); a link loop or a dangling link is bad input."""
    try:
        return path.resolve(strict=True)
    except RuntimeError:   # Python before 3.13 raises this for a loop, later ones OSError(ELOOP)
        raise BadInput("a symbolic link loop; not read") from None
    except OSError as error:
        problem = "a symbolic link loop" if error.errno == errno.ELOOP else f"cannot follow the path: {error.strerror}"
        raise BadInput(f"{problem}; not read") from None


class _Run:
    """What a run remembers across articles: keys given out, files already read, and the folders
    the user named, outside which nothing is read unless links are to be followed."""

    def __init__(self, roots: Sequence[Path], follow_links: bool) -> None:
        self.keys: set[str] = set()
        self.files_read: set[Path] = set()
        self.roots = [root.resolve() for root in roots]
        self.follow_links = follow_links

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

    def check_inside(self, path: Path) -> Path:
        """The real path of a file to read; outside every root named, it is refused (unless links
        are followed), so a link or a manifest row cannot bring in /etc/passwd unasked."""
        real = resolved(path)
        if not self.follow_links and not any(real == root or root in real.parents for root in self.roots):
            raise BadInput(f"leads outside the input folders (to {real}); not read (--follow-links reads it)")
        return real

    def first_read(self, path: Path) -> bool:
        real = self.check_inside(path)
        if real in self.files_read:
            return False
        self.files_read.add(real)
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
        stream = os.fdopen(open_regular(path), "rb")
    except BadInput as problem:
        yield Skipped(str(path), None, str(problem))
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
    for name, value in values.items():
        if value and "\n" in value:   # metadata is one line: a quote left open in a CSV swallows the rows after it
            raise BadInput(f"'{name}' runs over several lines; is a quote left open (it took the rows after it)?")
    if values["id"]:
        values["id"] = plain_text(values["id"], "id")
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
    if named.suffix.lower() not in TEXT_SUFFIXES + HTML_SUFFIXES:
        raise BadInput(f"the manifest names {file}, which is not a text or HTML file")
    if not named.exists() and not named.is_symlink():
        raise BadInput(f"the manifest names a missing file: {file}")
    try:
        first = run.first_read(named)
    except BadInput as problem:
        raise BadInput(f"the manifest names {file}: {problem}") from None
    if not first:
        raise BadInput(f"{file} was already loaded before this manifest entry")
    published = values["published"] and parse_date(values["published"], "in the manifest")
    metadata = _Metadata("manifest", published, values["source"], values["title"], values["url"])
    return _article_file(named, relative.parent / file, run, metadata)


# --- folders and the corpus ---------------------------------------------------------------

CORPUS_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + RECORDS_SUFFIXES


def _files_under(root: Path, run: _Run) -> Iterator[PurePath | Skipped]:
    """Relative paths of the files under root, sorted, and a Skipped for each folder that could
    not be read or is a link not followed. Hidden folders (.git) are passed over in silence;
    a hidden file that would be read (.draft.txt) is told, not dropped."""
    found: list[PurePath] = []
    problems: list[Skipped] = []
    seen: set[Path] = set()

    def unreadable(error: OSError) -> None:
        problems.append(Skipped(str(error.filename), None, f"cannot read the folder: {error.strerror}"))

    for folder, subfolders, files in os.walk(root, onerror=unreadable, followlinks=run.follow_links):
        here = Path(folder)
        try:
            real = resolved(here)
        except BadInput as problem:
            problems.append(Skipped(folder, None, str(problem)))
            subfolders[:] = []
            continue
        if real in seen:   # a followed link back to a folder already walked
            subfolders[:] = []
            continue
        seen.add(real)
        keep = []
        for name in sorted(subfolders):
            if name.startswith("."):
                continue
            if (here / name).is_symlink() and not run.follow_links:
                problems.append(Skipped(str(here / name), None, "a link to a folder; not followed (--follow-links reads it)"))
                continue
            keep.append(name)
        subfolders[:] = keep
        base = here.relative_to(root)
        for name in files:
            if not name.startswith("."):
                found.append(base / name)
            elif name.lower().endswith(CORPUS_SUFFIXES):
                problems.append(Skipped(str(here / name), None, "a hidden file (its name starts with '.'); not read"))
    yield from sorted(problems, key=lambda p: p.path)
    yield from sorted(found, key=PurePath.as_posix)


def _folder(root: Path, run: _Run) -> Iterator[Article | Skipped]:
    """Records files first, so that their manifest entries apply to the files they name."""
    files = []
    for item in _files_under(root, run):
        if isinstance(item, Skipped):
            yield item
        elif item.suffix.lower() in CORPUS_SUFFIXES:
            files.append(item)
    for records in (True, False):
        for relative in files:
            if (relative.suffix.lower() in RECORDS_SUFFIXES) != records:
                continue
            path = root / relative
            try:
                first = run.first_read(path)
            except BadInput as problem:
                yield Skipped(str(path), None, str(problem))
                continue
            if first:
                yield from _records_file(path, relative, run) if records else [_article_file(path, relative, run, None)]


def iter_corpus(paths: Sequence[str | Path], published: datetime.date | None = None,
                follow_links: bool = False) -> Iterator[Article | Skipped]:
    """Articles and skipped inputs of the given files and folders, folders' files in sorted order.

    ``published`` (a ``--published`` option) dates a single text or HTML file above all else.
    Files with other suffixes inside folders are not articles and are passed over. Only regular
    files are read, and only inside the paths given, unless ``follow_links``.
    """
    paths = [Path(path) for path in paths]
    if published is not None and not (
        len(paths) == 1 and paths[0].is_file() and paths[0].suffix.lower() in TEXT_SUFFIXES + HTML_SUFFIXES
    ):
        raise ValueError(
            "a publication date for the run applies to a single text or HTML file; date several articles"
            " with a manifest, front matter or a 'published' column"
        )
    run = _Run([p for p in paths if p.exists()], follow_links)
    given = _Metadata("option", published=published) if published else None
    for path in paths:
        suffix = path.suffix.lower()
        try:
            mode = path.stat().st_mode
        except OSError:
            mode = None
        if mode is None:
            problem = "a symbolic link loop, or a link to nothing" if path.is_symlink() else "no such file or folder"
            yield Skipped(str(path), None, problem)
        elif stat.S_ISDIR(mode):
            yield from _folder(path, run)
        elif suffix not in CORPUS_SUFFIXES:
            yield Skipped(str(path), None, f"not a corpus file: dateline reads {', '.join(CORPUS_SUFFIXES)}")
        elif not_regular(mode):
            yield Skipped(str(path), None, f"{not_regular(mode)}, not a regular file; not read")
        elif run.first_read(path):
            if suffix in RECORDS_SUFFIXES:
                yield from _records_file(path, path, run)
            else:
                yield _article_file(path, path, run, given)
