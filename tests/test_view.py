"""kamerparse.view and ``--html``: the letter with every record highlighted.

The page is checked as HTML (lxml) and in a real headless browser (Debian's chromium):
the DOM the browser builds holds every record's span as marked elements with exactly
the span's text, and a screenshot has pixels in the highlight colours. The browser tests
are skipped when chromium is not installed.
"""

from __future__ import annotations

import collections
import os
import shutil
import struct
import subprocess
import zlib
from pathlib import Path
from typing import Any

import lxml.html
import pytest

import kamerparse
from kamerparse import view
from kamerparse._cli import main
from paths import corpus_paths

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")


def _marked(page: str) -> dict[str, tuple[str, str, str]]:
    """Each mark's data-id -> (kind, the text of its elements joined, its title)."""
    doc: Any = lxml.html.fromstring(page)
    texts: dict[str, list[str]] = collections.defaultdict(list)
    meta: dict[str, tuple[str, str]] = {}
    for el in doc.iter("mark"):
        ident = el.get("data-id")
        if ident is None:
            continue  # the legend
        texts[ident].append(el.text_content())
        meta.setdefault(ident, (el.get("data-kind") or "", el.get("title") or ""))
    return {k: (meta[k][0], "".join(v), meta[k][1]) for k, v in texts.items()}


def _check_page(page: str, letter: kamerparse.Letter) -> None:
    got = _marked(page)
    marks = view.marks(letter)
    assert set(got) == {m.id for m in marks if m.start < m.end}
    for m in marks:
        if m.start == m.end:
            continue
        kind, text, title = got[m.id]
        assert kind == m.kind
        assert text == letter.text[m.start : m.end], m.id
        for name, value in m.values:
            assert f"{name}: {value}" in title
    counts = collections.Counter(m.kind for m in marks)
    assert counts["event"] == len(letter.events)
    assert counts["reference"] == len(letter.references)
    assert counts["mandate"] == len(letter.mandates)
    assert counts["money"] == len(letter.contributions)
    assert counts["signatory"] == len(letter.signatories)
    assert counts["footnote"] == sum(len(f.refs) for f in letter.footnotes)


def test_every_record_is_marked_with_its_text(seed_path: Path) -> None:
    assert len(view.marks(kamerparse.parse_file(seed_path))) > 50
    for path in [seed_path, *corpus_paths()]:
        letter = kamerparse.parse_file(path)
        page = view.render(letter)
        _check_page(page, letter)
        # the side table lists each record once
        doc: Any = lxml.html.fromstring(page)
        assert len(doc.xpath("//aside//tr[@class]")) == len(view.marks(letter))


def test_the_page_from_a_json_line_is_the_same(seed_path: Path) -> None:
    letter = kamerparse.parse_file(seed_path)
    assert view.render(kamerparse.to_jsonable(letter)) == view.render(letter)


def test_everything_is_escaped() -> None:
    nasty = "<script>alert(\"x\")</script> & 'q'"
    text = (
        f"Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
        f"Den Haag, 3 maart 2023\n\n{nasty} Op 1 mei 2023 {nasty}.\n\n"
        f"De Minister van Defensie,\nK.H. <b>Ollongren</b>\n"
    )
    letter = kamerparse.parse(text, name='a"<b>.txt')
    page = view.render(letter)
    assert "<script>" not in page
    assert "<b>Ollongren" not in page
    assert 'a"<b>' not in page
    doc: Any = lxml.html.fromstring(page)
    assert doc.get_element_by_id("text").text_content() == letter.text
    _check_page(page, letter)


def test_crossing_spans_nest_and_keep_their_text() -> None:
    text = "abcdefghij"
    marks = [
        view.Mark(kind="event", id="a", start=1, end=6, values=()),
        view.Mark(kind="money", id="b", start=4, end=9, values=()),
        view.Mark(kind="mandate", id="c", start=0, end=10, values=()),
        view.Mark(kind="reference", id="d", start=4, end=6, values=()),
    ]
    body = "".join(view._marked_text(text, marks))
    doc: Any = lxml.html.fromstring(f"<pre>{body}</pre>")
    assert doc.text_content() == text
    # an element's text includes the marks nested in it; joined per id it is the span
    pieces: dict[str, list[str]] = collections.defaultdict(list)
    for el in doc.iter("mark"):
        pieces[el.get("data-id") or ""].append(el.text_content())
    assert {k: "".join(v) for k, v in pieces.items()} == {
        m.id: text[m.start : m.end] for m in marks
    }
    # only the first piece of a cut span carries the id
    assert sorted(str(el.get("id")) for el in doc.iter("mark") if el.get("id")) == list("abcd")


def test_cli_html(seed_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--html", str(seed_path)]) == 0
    out = capsys.readouterr().out
    assert out == view.render(kamerparse.parse_file(seed_path))


@pytest.mark.parametrize(
    "extra", [["samples/kst-29521-AZ.md"], ["--no-text"], ["--indent", "2"], ["-o", "x"]]
)
def test_cli_html_usage_errors(
    extra: list[str], seed_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--html", str(seed_path), *extra]) == 2
    assert "error:" in capsys.readouterr().err


def test_cli_html_of_a_bad_input_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01")
    assert main(["--html", str(bad)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert "InvalidInput" in err


# --- in a real browser -------------------------------------------------------------------


def _chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    return subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            f"--user-data-dir={profile}",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
        env={**os.environ, "HOME": str(tmp_path)},
    )


def _png_pixels(data: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and the rows of RGB(A) bytes of an 8-bit RGB/RGBA PNG (no new deps)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos = 8
    idat = b""
    width = height = channels = 0
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and colour in (2, 6) and interlace == 0
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        elif kind == b"IEND":
            break
    raw = zlib.decompress(idat)
    stride = width * channels
    rows: list[bytes] = []
    prev = bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        filt = raw[start]
        line = bytearray(raw[start + 1 : start + 1 + stride])
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b = prev[i]
            c = prev[i - channels] if i >= channels else 0
            if filt == 1:
                line[i] = (line[i] + a) & 0xFF
            elif filt == 2:
                line[i] = (line[i] + b) & 0xFF
            elif filt == 3:
                line[i] = (line[i] + (a + b) // 2) & 0xFF
            elif filt == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else b if pb <= pc else c
                line[i] = (line[i] + pred) & 0xFF
        rows.append(
            bytes(line)
            if channels == 3
            else bytes(v for j in range(0, stride, 4) for v in line[j : j + 3])
        )
        prev = line
    return width, height, rows


def _count_colour(rows: list[bytes], hex_colour: str) -> int:
    rgb = bytes.fromhex(hex_colour.lstrip("#"))
    n = 0
    for row in rows:
        start = row.find(rgb)
        while start != -1:
            if start % 3 == 0:
                n += 1
            start = row.find(rgb, start + 1)
    return n


@pytest.fixture
def page_file(tmp_path: Path, seed_path: Path) -> tuple[Path, kamerparse.Letter]:
    letter = kamerparse.parse_file(seed_path)
    target = tmp_path / "view.html"
    target.write_text(view.render(letter), encoding="utf-8")
    return target, letter


@needs_chromium
def test_browser_dom_has_every_span_marked(
    tmp_path: Path, page_file: tuple[Path, kamerparse.Letter]
) -> None:
    target, letter = page_file
    done = _chromium(tmp_path, "--dump-dom", target.as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    assert "<mark" in done.stdout
    _check_page(done.stdout, letter)


@needs_chromium
def test_browser_screenshot_shows_the_highlights(
    tmp_path: Path, page_file: tuple[Path, kamerparse.Letter]
) -> None:
    target, _ = page_file
    shot = tmp_path / "shot.png"
    done = _chromium(tmp_path, "--window-size=1280,1400", f"--screenshot={shot}", target.as_uri())
    assert done.returncode == 0 and shot.is_file(), done.stderr[-2000:]
    width, height, rows = _png_pixels(shot.read_bytes())
    assert (width, height) == (1280, 1400)
    for kind in ("event", "reference", "footnote", "signatory"):  # all in the legend and text
        assert _count_colour(rows, view.COLOURS[kind]) > 200, kind
    # a page without marks has none of the colours: the pixels come from the highlights
    plain = tmp_path / "plain.html"
    plain.write_text(
        target.read_text(encoding="utf-8").split("<main>")[0].split('<div class="legend">')[0]
        + "</header></body></html>",
        encoding="utf-8",
    )
    shot2 = tmp_path / "plain.png"
    done = _chromium(tmp_path, "--window-size=1280,1400", f"--screenshot={shot2}", plain.as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    _, _, rows2 = _png_pixels(shot2.read_bytes())
    assert _count_colour(rows2, view.COLOURS["event"]) == 0
