"""Loading a corpus: inputs, publication dates, bad input, memory."""
from __future__ import annotations

import datetime
import json
import tracemalloc
from pathlib import Path

import pytest

from dateline.loaders.articles import (
    MAX_FILE_BYTES,
    MAX_TEXT_CHARS,
    Article,
    BadInput,
    Skipped,
    iter_corpus,
    parse_date,
)

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
STORY = "Kofi Annan met President Bashar al-Assad in Damascus on Saturday.\n"
D = datetime.date


def write(root: Path, files: dict[str, str | bytes]) -> Path:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return root


def load(*paths, **options) -> tuple[list[Article], list[Skipped]]:
    found = list(iter_corpus(list(paths), **options))
    return [a for a in found if isinstance(a, Article)], [s for s in found if isinstance(s, Skipped)]


def html_page(body: str, head: str = "") -> str:
    paragraphs = "".join(f"<p>{STORY.strip()} Paragraph {n} of the report goes on about the talks.</p>" for n in range(4))
    return f"<html><head><title>Annan in Damascus</title>{head}</head><body><article>{body}{paragraphs}</article></body></html>"


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2012-03-11", D(2012, 3, 11)),
        (" 2012-03-11 ", D(2012, 3, 11)),
        ("2012-03-11T09:12:00", D(2012, 3, 11)),
        ("2012-03-11T23:30:00-04:00", D(2012, 3, 11)),  # the date as the outlet wrote it, not UTC's
        ("2012-03-11T09:12:00Z", D(2012, 3, 11)),
        ("2012-03-11 09:12", D(2012, 3, 11)),
    ],
)
def test_parse_date_accepts_iso_dates_and_datetimes(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    "value, problem",
    [
        ("2012-02-30", "impossible date '2012-02-30'"),
        ("2011-02-29", "impossible date '2011-02-29'"),
        ("2012-13-01", "impossible date '2012-13-01'"),
        ("11/03/2012", "unrecognised date '11/03/2012'; write it as YYYY-MM-DD"),
        ("03/11/2012", "unrecognised date '03/11/2012'; write it as YYYY-MM-DD"),
        ("March 11, 2012", "unrecognised date 'March 11, 2012'; write it as YYYY-MM-DD"),
        ("2012-03", "unrecognised date '2012-03'; write it as YYYY-MM-DD"),
        ("2012-03-11 at noon", "unrecognised date '2012-03-11 at noon'; write it as YYYY-MM-DD"),
    ],
)
def test_parse_date_refuses_impossible_and_ambiguous_dates(value, problem):
    with pytest.raises(BadInput) as raised:
        parse_date(value)
    assert str(raised.value) == problem


def test_skipped_names_the_file_and_line():
    assert str(Skipped("corpus/a.jsonl", 7, "malformed JSON")) == "corpus/a.jsonl:7: malformed JSON"
    assert str(Skipped("corpus/b.txt", None, "empty file")) == "corpus/b.txt: empty file"


def test_seeds_load_with_their_manifest():
    articles, skipped = load(SEEDS)
    assert skipped == []
    assert [(a.key, a.published, a.published_basis, a.source, a.title) for a in articles] == [
        ("000_fd69c3a52dad46a4", D(2012, 3, 11), "manifest", "BBC News", None),
        ("001_25476cec1dd6f72e", D(2012, 7, 9), "manifest", "BBC News", None),
        ("002_ef4b1155a347a3d0", D(2012, 3, 11), "manifest", "CBS News", 'Annan "optimistic" of breakthrough in Syria'),
    ]
    for article in articles:
        assert article.text == Path(article.path).read_text(encoding="utf-8")


def test_seeds_agree_with_their_publication_facts():
    facts = json.loads((Path(__file__).parent / "fixtures" / "seeds_facts.json").read_text())["articles"]
    articles, _ = load(SEEDS / "manifest.csv")
    for article in articles:
        fact = facts[Path(article.path).name]
        assert (article.published.isoformat(), article.source, article.title) == (
            fact["published"], fact["source"], fact["title"])


def test_caption_date_in_seed_002_is_not_taken_as_publication_date():
    # Its only full date, "Saturday March 10, 2012", is a photo caption for the day before publication.
    articles, skipped = load(SEEDS / "002_ef4b1155a347a3d0.txt")
    assert skipped == []
    assert (articles[0].published, articles[0].published_basis) == (None, None)


def test_published_option_dates_a_single_file_above_all_else(tmp_path):
    write(tmp_path, {"2012-03-10-annan.txt": "---\npublished: 2012-03-09\n---\n" + STORY})
    articles, _ = load(tmp_path / "2012-03-10-annan.txt", published=D(2012, 3, 11))
    assert (articles[0].published, articles[0].published_basis) == (D(2012, 3, 11), "option")


@pytest.mark.parametrize("paths", [["seeds"], ["seeds/000_fd69c3a52dad46a4.txt", "seeds/001_25476cec1dd6f72e.txt"], ["seeds/manifest.csv"]])
def test_published_option_refuses_anything_but_one_article_file(paths):
    with pytest.raises(ValueError, match="single text or HTML file"):
        list(iter_corpus([SEEDS.parent / p for p in paths], published=D(2012, 3, 11)))


# (files of the corpus, the article's file) -> (published, basis): record/manifest > front matter
# > file name > folder path > HTML metadata.
FRONT_MATTER = "---\npublished: 2012-03-11\n---\n" + STORY
META = '<meta property="article:published_time" content="2012-03-07T10:00:00Z">'
DATE_ORDER = [
    ({"m.csv": "file,published\n2012/03/09/2012-03-10-a.txt,2012-03-12\n", "2012/03/09/2012-03-10-a.txt": FRONT_MATTER}, (D(2012, 3, 12), "manifest")),
    ({"2012/03/09/2012-03-10-a.txt": FRONT_MATTER}, (D(2012, 3, 11), "front matter")),
    ({"2012/03/09/2012-03-10-a.txt": "---\ndate: 2012-03-11\n---\n" + STORY}, (D(2012, 3, 11), "front matter")),
    ({"2012/03/09/2012-03-10-a.txt": STORY}, (D(2012, 3, 10), "file name")),
    ({"2012/03/09/a.txt": STORY}, (D(2012, 3, 9), "folder path")),
    ({"2012-03-09/a.md": STORY}, (D(2012, 3, 9), "folder path")),
    ({"2012/03/09/a.html": html_page("", META)}, (D(2012, 3, 9), "folder path")),
    ({"news/a.html": html_page("", META)}, (D(2012, 3, 7), "html metadata")),
    ({"m.jsonl": json.dumps({"file": "news/a.html", "published": "2012-03-12"}) + "\n", "news/a.html": html_page("", META)}, (D(2012, 3, 12), "manifest")),
    ({"m.jsonl": json.dumps({"text": STORY, "published": "2012-03-12"}) + "\n"}, (D(2012, 3, 12), "record")),
    # not dates: a year folder alone, digits inside a longer number, a date printed in the text
    ({"2012/a.txt": STORY}, (None, None)),
    ({"20120311/a.txt": STORY}, (None, None)),
    ({"a-120120311.txt": STORY}, (None, None)),
    ({"a.txt": "DAMASCUS, March 10, 2012 - " + STORY}, (None, None)),
    ({"m.jsonl": json.dumps({"text": "On 2012-03-10 " + STORY}) + "\n"}, (None, None)),
]


@pytest.mark.parametrize("files, expected", DATE_ORDER)
def test_publication_date_comes_from_the_surest_source(tmp_path, files, expected):
    articles, skipped = load(write(tmp_path, files))
    assert skipped == []
    assert [(a.published, a.published_basis) for a in articles] == [expected]


# HTML: main text and title by trafilatura; the date from metadata only.
HTML_DATES = [
    (META, D(2012, 3, 7)),
    ('<meta name="pubdate" content="2012-03-11">', D(2012, 3, 11)),
    ('<meta name="DC.date.issued" content="Sun, 11 Mar 2012 09:12:00 GMT">', D(2012, 3, 11)),
    ('<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "datePublished": "2012-03-11T09:12:00-04:00"}]}</script>', D(2012, 3, 11)),
    ('<meta name="date" content="2012-03-12"><meta property="article:published_time" content="2012-03-11">', D(2012, 3, 11)),
    # no publication date stated: a modified date, a copyright year, a date in the title or body
    ('<meta property="article:modified_time" content="2012-03-12T10:00:00Z">', None),
    ('<meta itemprop="copyrightYear" content="2012">', None),
    ('<meta name="pubdate" content="sometime in March">', None),
    ("", None),
]


@pytest.mark.parametrize("head, expected", HTML_DATES)
def test_html_date_comes_from_page_metadata_only(tmp_path, head, expected):
    body = "<p class='caption'>Photo taken on Saturday March 10, 2012.</p><time>2012-03-10</time>"
    articles, skipped = load(write(tmp_path, {"a.html": html_page(body, head)}))
    assert skipped == []
    assert articles[0].published == expected
    assert articles[0].published_basis == ("html metadata" if expected else None)


def test_html_main_text_title_and_outlet(tmp_path):
    head = '<meta property="og:site_name" content="BBC News"><link rel="canonical" href="https://www.bbc.com/news/17327150">'
    page = html_page("<h1>Annan meets Assad</h1>", head).replace("<body>", "<body><nav>Home | World | Sport</nav>")
    articles, _ = load(write(tmp_path, {"a.htm": page}))
    article = articles[0]
    assert (article.key, article.title, article.source, article.url) == (
        "a", "Annan meets Assad", "BBC News", "https://www.bbc.com/news/17327150")
    assert "Kofi Annan met President Bashar al-Assad" in article.text
    assert "<p>" not in article.text and "Sport" not in article.text


def test_mixed_folder_loads_every_kind_in_sorted_order(tmp_path):
    write(tmp_path, {
        "b/records.jsonl": json.dumps({"text": STORY, "published": "2012-03-11", "source": "AP", "id": "ap-1"}) + "\n",
        "a/records.csv": "text,published,source,title,url\n\"" + STORY + "\",2012-03-12,Reuters,Talks,https://r.example/1\n",
        "c/2012-03-13-note.md": STORY,
        "c/page.html": html_page("", META),
        "c/plain.txt": "---\ntitle: Plain\nsource: AFP\n---\n" + STORY,
        "c/readme.json": "{}",
        "c/photo.png": b"\x89PNG\r\n\x1a\n\x00",
        ".git/HEAD.txt": "ref: refs/heads/main\n",
    })
    articles, skipped = load(tmp_path)
    assert skipped == []
    assert [(a.key, a.published, a.source, a.title, a.line) for a in articles] == [
        ("records-2", D(2012, 3, 12), "Reuters", "Talks", 2),
        ("ap-1", D(2012, 3, 11), "AP", None, 1),
        ("2012-03-13-note", D(2012, 3, 13), None, None, None),
        ("page", D(2012, 3, 7), None, "Annan in Damascus", None),
        ("plain", None, "AFP", "Plain", None),
    ]
    assert articles[0].url == "https://r.example/1" and articles[0].text == STORY


def test_jsonl_records_stream_with_keys_and_lines(tmp_path):
    rows = [
        {"text": "First story.", "published": "2012-03-11", "id": 17},
        {"text": "Second story.", "published": None, "title": "Second"},
        {"text": "Third story.", "published": "2012-03-11T08:00:00+00:00", "url": "https://x.example/3"},
    ]
    write(tmp_path, {"wire.jsonl": "\ufeff" + "\n".join(map(json.dumps, rows[:2])) + "\n\n" + json.dumps(rows[2]) + "\n"})
    articles, skipped = load(tmp_path / "wire.jsonl")
    assert skipped == []
    assert [(a.key, a.text, a.published, a.published_basis, a.title, a.url, a.line, a.path) for a in articles] == [
        ("17", "First story.", D(2012, 3, 11), "record", None, None, 1, str(tmp_path / "wire.jsonl")),
        ("wire-2", "Second story.", None, None, "Second", None, 2, str(tmp_path / "wire.jsonl")),
        ("wire-4", "Third story.", D(2012, 3, 11), "record", None, "https://x.example/3", 4, str(tmp_path / "wire.jsonl")),
    ]


def test_csv_records_keep_multiline_text_and_start_lines(tmp_path):
    write(tmp_path, {"wire.csv": 'id,text,published\r\na1,"Line one.\r\nLine two, with ""quotes"".",2012-03-11\r\n\r\n,Short.,\r\n'})
    articles, skipped = load(tmp_path / "wire.csv")
    assert skipped == []
    assert [(a.key, a.text, a.published, a.line) for a in articles] == [
        ("a1", 'Line one.\nLine two, with "quotes".', D(2012, 3, 11), 2),
        ("wire-5", "Short.", None, 5),
    ]


def test_file_named_by_a_manifest_is_loaded_once_with_its_metadata(tmp_path):
    write(tmp_path, {"z-manifest.csv": "file,published,source\nstories/a.txt,2012-03-11,BBC News\n", "stories/a.txt": STORY, "stories/b.txt": STORY})
    articles, skipped = load(tmp_path, tmp_path / "stories" / "a.txt")
    assert skipped == []
    assert [(a.key, a.published, a.source, a.path) for a in articles] == [
        ("a", D(2012, 3, 11), "BBC News", str(tmp_path / "stories" / "a.txt")),
        ("b", None, None, str(tmp_path / "stories" / "b.txt")),
    ]


def test_file_whose_manifest_entry_is_bad_is_not_loaded_without_it(tmp_path):
    write(tmp_path, {"m.csv": "file,published,source\na.txt,2012-02-30,BBC News\n", "a.txt": STORY, "b.txt": STORY})
    articles, skipped = load(tmp_path)
    assert [str(s) for s in skipped] == [f"{tmp_path}/m.csv:2: impossible date '2012-02-30' in the manifest"]
    assert [a.key for a in articles] == ["b"]


def test_keys_stay_unique_when_stems_or_ids_clash(tmp_path):
    write(tmp_path, {
        "2012/03/10/annan.txt": STORY,
        "2012/03/11/annan.txt": STORY,
        "2012/03/11/annan.md": STORY,
        "wire.jsonl": json.dumps({"text": STORY, "id": "annan"}) + "\n" + json.dumps({"text": STORY, "id": "annan"}) + "\n",
    })
    articles, _ = load(tmp_path)
    assert [(a.key, a.published) for a in articles] == [
        ("annan", None),
        ("wire-2", None),
        ("2012_03_10_annan", D(2012, 3, 10)),
        ("2012_03_11_annan", D(2012, 3, 11)),  # annan.md
        ("2012_03_11_annan-2", D(2012, 3, 11)),  # annan.txt
    ]


def test_text_is_read_as_text_mode_reads_it(tmp_path):
    write(tmp_path, {"a.txt": b"\xef\xbb\xbf---\r\ntitle: T\r\n---\r\nDAMASCUS \xe2\x80\x94 Annan.\r\nAssad.\r\n"})
    articles, _ = load(tmp_path / "a.txt")
    assert (articles[0].text, articles[0].title) == ("DAMASCUS \u2014 Annan.\nAssad.\n", "T")


# Bad input, each beside a good file: (files, expected skipped as "name:line: problem").
BAD_INPUTS = [
    ({"empty.txt": ""}, ["empty.txt: empty file"]),
    ({"blank.md": " \n\t\n"}, ["blank.md: file holds only whitespace"]),
    ({"blank.txt": "---\ntitle: Only a title\n---\n\n"}, ["blank.txt: no text"]),
    ({"photo.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"}, ["photo.txt: binary file, or text not in UTF-8 (NUL byte at byte offset 8)"]),
    ({"utf16.txt": "Annan".encode("utf-16")}, ["utf16.txt: binary file, or text not in UTF-8 (NUL byte at byte offset 3)"]),
    ({"latin1.txt": "Caf\xe9 talks".encode("latin-1")}, ["latin1.txt: not UTF-8 (byte 0xe9 at byte offset 3); save the file as UTF-8"]),
    ({"page.html": b"<html><body>\x00\x00</body></html>"}, ["page.html: binary file, or text not in UTF-8 (NUL byte at byte offset 12)"]),
    ({"nohtml.html": "<html><head><title>Annan</title></head><body><img src='a.jpg'></body></html>"}, ["nohtml.html: no article text found in the HTML page"]),
    ({"plain.html": STORY}, ["plain.html: not an HTML page (no markup found)"]),
    ({"bad.txt": "---\npublished: 2012-02-30\n---\n" + STORY}, ["bad.txt: impossible date '2012-02-30' in the front matter"]),
    ({"bad.txt": "---\ndate: 11/03/2012\n---\n" + STORY}, ["bad.txt: unrecognised date '11/03/2012' in the front matter; write it as YYYY-MM-DD"]),
    ({"2012-02-30-annan.txt": STORY}, ["2012-02-30-annan.txt: impossible date '2012-02-30' in the file name"]),
    ({"2012/02/30/annan.txt": STORY}, ["2012/02/30/annan.txt: impossible date '2012-02-30' in the folder path"]),
    ({"yaml.txt": "---\ntitle: [unclosed\n---\n" + STORY}, ["yaml.txt: front matter is not valid YAML (expected ',' or ']', but got '<stream end>', line 3)"]),
    ({"list.txt": "---\n- a\n- b\n---\n" + STORY}, ["list.txt: front matter is not a YAML mapping of keys to values"]),
    ({"m.csv": "file,published\nmissing.txt,2012-03-11\n"}, ["m.csv:2: the manifest names a missing file: missing.txt"]),
    ({"m.csv": "file,published\nm.jsonl,2012-03-11\n", "m.jsonl": ""}, ["m.csv:2: the manifest names m.jsonl, which is not a text or HTML file"]),
    ({"m.csv": "file,published\nnamed.txt,2012-02-30\n", "named.txt": STORY}, ["m.csv:2: impossible date '2012-02-30' in the manifest"]),
    ({"r.jsonl": '{"text": "One."}\n{"text": "Two.", published: "2012-03-11"}\n{"text": "Three."}\n'}, ["r.jsonl:2: malformed JSON: Expecting property name enclosed in double quotes (column 18)"]),
    ({"r.jsonl": '["Annan", "Assad"]\n'}, ["r.jsonl:1: line is not a JSON object"]),
    ({"r.jsonl": '{"text": "One.", "published": "2012-02-30"}\n'}, ["r.jsonl:1: impossible date '2012-02-30' in the record"]),
    ({"r.jsonl": '{"text": "  "}\n{"title": "No text"}\n{"text": "One.", "file": "good.txt"}\n{"text": 5}\n'},
     ["r.jsonl:1: no text", "r.jsonl:2: the row has no text and no file", "r.jsonl:3: the row gives both 'text' and 'file'; give one", "r.jsonl:4: 'text' must be a string"]),
    ({"r.jsonl": b'{"text": "One."}\n{"text": "Caf\xe9"}\n'}, ["r.jsonl:2: not UTF-8 (byte 0xe9 at byte offset 30); save the file as UTF-8"]),
    ({"r.csv": "title,published\nA,2012-03-11\n"}, ["r.csv:1: the CSV header has no 'text' or 'file' column"]),
    ({"r.csv": "text,published\nOne.,2012-03-11,extra\nTwo.,2012-03-11\n"}, ["r.csv:2: the row has 3 fields, the header 2"]),
    ({"r.csv": b"text,published\nOne.,2012-03-11\nCaf\xe9,2012-03-11\nThree.,\n"}, ["r.csv:3: not UTF-8 (byte 0xe9 at byte offset 34); save the file as UTF-8; the rest of the file was not read"]),
    ({"notes.pdf": "%PDF"}, []),  # inside a folder, files of other kinds are not articles
]


@pytest.mark.parametrize("files, expected", BAD_INPUTS)
def test_bad_input_is_skipped_with_a_clear_message_and_the_rest_loads(tmp_path, files, expected):
    write(tmp_path, {"good.txt": STORY, **files})
    articles, skipped = load(tmp_path)
    assert [str(s).removeprefix(f"{tmp_path}/") for s in skipped] == expected
    assert "good" in [a.key for a in articles]


def test_a_50_megabyte_file_is_skipped_unread(tmp_path):
    write(tmp_path, {"good.txt": STORY})
    with open(tmp_path / "huge.txt", "wb") as huge:
        huge.truncate(50 * 1024 * 1024)
    articles, skipped = load(tmp_path)
    assert [str(s) for s in skipped] == [f"{tmp_path}/huge.txt: file is 52,428,800 bytes, over the {MAX_FILE_BYTES:,}-byte limit for one article"]
    assert [a.key for a in articles] == ["good"]


def test_text_over_the_limit_is_skipped(tmp_path):
    long_text = "word " * (MAX_TEXT_CHARS // 5 + 1)
    write(tmp_path, {"good.txt": STORY, "long.txt": long_text, "r.jsonl": json.dumps({"text": long_text}) + "\n"})
    articles, skipped = load(tmp_path)
    problem = f"text is {len(long_text):,} characters, over the {MAX_TEXT_CHARS:,}-character limit"
    assert [str(s).removeprefix(f"{tmp_path}/") for s in skipped] == [f"r.jsonl:1: {problem}", f"long.txt: {problem}"]
    assert [a.key for a in articles] == ["good"]


def test_a_runaway_records_line_is_skipped_and_the_next_lines_load(tmp_path):
    runaway = json.dumps({"text": "x" * MAX_FILE_BYTES})
    write(tmp_path, {"r.jsonl": runaway + "\n" + json.dumps({"text": STORY}) + "\n"})
    articles, skipped = load(tmp_path / "r.jsonl")
    assert [str(s) for s in skipped] == [f"{tmp_path}/r.jsonl:1: line is over the {MAX_FILE_BYTES:,}-byte limit for one article"]
    assert [(a.key, a.line) for a in articles] == [("r-2", 2)]


def test_missing_path_is_skipped(tmp_path):
    articles, skipped = load(tmp_path / "nowhere", SEEDS / "000_fd69c3a52dad46a4.txt")
    assert [str(s) for s in skipped] == [f"{tmp_path}/nowhere: no such file or folder"]
    assert len(articles) == 1


def peak_memory_while_loading(path: Path) -> tuple[int, int]:
    tracemalloc.start()
    try:
        count = sum(1 for _ in iter_corpus([path]))
        return tracemalloc.get_traced_memory()[1], count
    finally:
        tracemalloc.stop()


def test_memory_stays_flat_as_records_grow(tmp_path):
    text = "Kofi Annan met Bashar al-Assad in Damascus. " * 100  # 4.4 KB an article
    for count in (1_000, 10_000):
        with open(tmp_path / f"{count}.jsonl", "w") as out:
            for n in range(count):
                out.write(json.dumps({"text": text, "published": "2012-03-11", "source": "Wire"}) + "\n")
    small, small_count = peak_memory_while_loading(tmp_path / "1000.jsonl")
    large, large_count = peak_memory_while_loading(tmp_path / "10000.jsonl")
    assert (small_count, large_count) == (1_000, 10_000)
    # The loader keeps one key per article (to keep keys unique), never a text: 9,000 more
    # articles may cost their keys, far below the 40 MB their texts would take.
    assert large - small < 9_000 * 400, (small, large)
