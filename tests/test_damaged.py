"""Damaged files: ``parse`` gives a ``Letter`` or raises a ``KamerparseError``, nothing else.

Two parts:

* a table of zip damage, each kind built here with ``zipfile`` (truncated, corrupt
  deflate/bzip2/LZMA streams, wrong offsets, encryption, path tricks, nested zips,
  duplicate names, huge member counts, zip bombs): each raises ``InvalidInput`` with a
  message naming the damage;
* hypothesis mutating the committed fixtures (docx, XML, HTML) and, when present, the
  real files of ``../shared/real`` byte by byte (flip a bit, truncate, insert, delete)
  and checking only a ``Letter`` or a ``KamerparseError`` comes out.
"""

from __future__ import annotations

import io
import re
import struct
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kamerparse
from kamerparse import InvalidInput, Letter
from kamerparse.errors import KamerparseError
from kamerparse.readers import _zip
from paths import REPO_ROOT, fixture_paths

REAL_DIR = REPO_ROOT.parent / "shared" / "real"

_DOC = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    "<w:body>"
    "<w:p><w:r><w:t>Aan de Voorzitter van de Tweede Kamer der Staten-Generaal</w:t></w:r></w:p>"
    "<w:p><w:r><w:t>Den Haag, 3 maart 2023</w:t></w:r></w:p>"
    + "<w:p><w:r><w:t>Een alinea van de brief met wat tekst erin.</w:t></w:r></w:p>" * 20
    + "<w:p><w:r><w:t>De Minister van Defensie,</w:t></w:r></w:p>"
    "</w:body></w:document>"
).encode()
_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8"?><Types '
    b'xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
)


def _docx(
    members: list[tuple[str, bytes]] | None = None,
    compression: int = zipfile.ZIP_DEFLATED,
) -> bytes:
    buf = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names are wanted in one case
        with zipfile.ZipFile(buf, "w", compression) as zf:
            for name, data in members or [
                ("[Content_Types].xml", _TYPES),
                ("word/document.xml", _DOC),
            ]:
                zf.writestr(name, data)
    return buf.getvalue()


def _member_data_at(data: bytes, name: str) -> tuple[int, int]:
    """Where member ``name``'s compressed bytes are in the zip: (start, length)."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        info = zf.getinfo(name)
    off = info.header_offset
    n_name, n_extra = struct.unpack("<HH", data[off + 26 : off + 30])
    return off + 30 + n_name + n_extra, info.compress_size


def _garble_member(data: bytes, name: str, junk: bytes) -> bytes:
    start, length = _member_data_at(data, name)
    b = bytearray(data)
    b[start + 2 : start + length] = (junk * length)[: length - 2]
    return bytes(b)


def _patch_all(data: bytes, sig: bytes, field: int, fmt: str, value: int) -> bytes:
    """Set a field of every record with signature ``sig`` (local or central header)."""
    b = bytearray(data)
    i = b.find(sig)
    while i >= 0:
        struct.pack_into(fmt, b, i + field, value)
        i = b.find(sig, i + 4)
    return bytes(b)


_LOCAL, _CENTRAL, _END = b"PK\x03\x04", b"PK\x01\x02", b"PK\x05\x06"


def _eocd_field(data: bytes, field: int, fmt: str, value: int) -> bytes:
    b = bytearray(data)
    struct.pack_into(fmt, b, b.rfind(_END) + field, value)
    return bytes(b)


def _truncated_half() -> bytes:
    d = _docx()
    return d[: len(d) // 2]


def _truncated_tail() -> bytes:
    return _docx()[:-7]


def _corrupt_deflate() -> bytes:
    # 0xff... opens a deflate block of the reserved type 3: zlib refuses it
    return _garble_member(_docx(), "word/document.xml", b"\xff")


def _corrupt_deflate_distance() -> bytes:
    # a valid-looking stream whose back references point before the start
    d = _docx()
    start, length = _member_data_at(d, "word/document.xml")
    b = bytearray(d)
    for k in range(start + 5, start + length, 7):
        b[k] ^= 0x5A
    return bytes(b)


def _corrupt_lzma() -> bytes:
    # zip's LZMA member: a 4-byte header, then the 5 property bytes, the first of which
    # (lc/lp/pb) must be under 225
    d = _docx(compression=zipfile.ZIP_LZMA)
    start, _ = _member_data_at(d, "word/document.xml")
    b = bytearray(d)
    b[start + 4] = 0xFF
    return bytes(b)


def _corrupt_bzip2() -> bytes:
    return _garble_member(_docx(compression=zipfile.ZIP_BZIP2), "word/document.xml", b"\x5a")


def _bad_crc() -> bytes:
    d = _docx(compression=zipfile.ZIP_STORED)
    start, length = _member_data_at(d, "word/document.xml")
    b = bytearray(d)
    b[start + length // 2] ^= 0x20
    return bytes(b)


def _negative_directory_offset() -> bytes:
    # the directory said to start past the end: zipfile seeks before byte 0
    d = _docx()
    return _eocd_field(d, 16, "<I", len(d) + 1000)


def _member_offset_outside() -> bytes:
    return _patch_all(_docx(), _CENTRAL, 42, "<I", 0x7FFFFFF0)


def _member_offset_wrong() -> bytes:
    # every member's local header said to be at byte 1: no header there
    return _patch_all(_docx(), _CENTRAL, 42, "<I", 1)


def _directory_size_wrong() -> bytes:
    return _eocd_field(_docx(), 12, "<I", 3)


def _encrypted() -> bytes:
    d = _patch_all(_docx(), _LOCAL, 6, "<H", 0x1)
    return _patch_all(d, _CENTRAL, 8, "<H", 0x1)


def _unknown_method() -> bytes:
    d = _patch_all(_docx(), _LOCAL, 8, "<H", 99)
    return _patch_all(d, _CENTRAL, 10, "<H", 99)


def _traversal(name: str) -> Callable[[], bytes]:
    return lambda: _docx([("word/document.xml", _DOC), (name, b"x")])


def _nested() -> bytes:
    return _docx([("word/document.xml", _docx())])


def _duplicate() -> bytes:
    return _docx([("word/document.xml", _DOC), ("word/document.xml", b"<x/>")])


def _many_members() -> bytes:
    members = [("word/document.xml", _DOC)]
    members += [(f"x/{i}", b"") for i in range(_zip.MAX_MEMBERS)]
    return _docx(members, compression=zipfile.ZIP_STORED)


def _bomb() -> bytes:
    return _docx([("word/document.xml", b" " * (8 * 1024 * 1024))])


def _lying_size() -> bytes:
    # the directory declares a tiny size for a member that expands to much more
    d = _docx([("word/document.xml", _DOC + b" " * 50_000)])
    return _patch_all(_patch_all(d, _CENTRAL, 24, "<I", 100), _LOCAL, 22, "<I", 100)


def _bad_name_encoding() -> bytes:
    # the UTF-8 flag set on a name that is not UTF-8
    d = _docx([("word/document.xml", _DOC), ("word/\xe9.xml", b"x")])
    return d.replace("word/\xe9.xml".encode(), b"word/\xff\xfe.xml")


def _ole() -> bytes:
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4000)


def _not_zip() -> bytes:
    return b"PK\x03\x04" + bytes(range(256)) * 8


#: (name, builder, what the message must say)
DAMAGE: list[tuple[str, Callable[[], bytes], str]] = [
    ("truncated half", _truncated_half, r"malformed zip"),
    ("truncated tail", _truncated_tail, r"malformed zip"),
    ("corrupt deflate", _corrupt_deflate, r"malformed zip member 'word/document.xml'"),
    ("corrupt deflate distances", _corrupt_deflate_distance, r"malformed zip member"),
    ("corrupt lzma", _corrupt_lzma, r"malformed zip member .*(LZMA|corrupt)"),
    ("corrupt bzip2", _corrupt_bzip2, r"malformed zip member"),
    ("bad crc", _bad_crc, r"malformed zip member .*CRC"),
    ("directory offset past the end", _negative_directory_offset, r"malformed zip container"),
    ("member offset outside the file", _member_offset_outside, r"outside the .*-byte file"),
    ("member offset wrong", _member_offset_wrong, r"malformed zip member"),
    ("directory size wrong", _directory_size_wrong, r"malformed zip container"),
    ("encrypted", _encrypted, r"encrypted"),
    ("unknown compression method", _unknown_method, r"malformed zip member .*compression"),
    ("parent path", _traversal("../../etc/passwd"), r"escapes the container"),
    ("inner parent path", _traversal("word/../../x.xml"), r"escapes the container"),
    ("absolute path", _traversal("/etc/passwd"), r"escapes the container"),
    ("backslash", _traversal("word\\..\\x.xml"), r"escapes the container"),
    ("drive letter", _traversal("C:/x.xml"), r"escapes the container"),
    ("nested zip", _nested, r"itself a zip archive"),
    ("duplicate names", _duplicate, r"two members are named"),
    ("huge member count", _many_members, rf"members, the limit is {_zip.MAX_MEMBERS}"),
    ("zip bomb", _bomb, r"zip bomb"),
    ("lying size", _lying_size, r"malformed zip member|larger than its header"),
    ("undecodable name", _bad_name_encoding, r"malformed zip container"),
    ("OLE compound file", _ole, r"OLE compound file"),
    ("not a zip", _not_zip, r"malformed zip container"),
]


@pytest.mark.parametrize(("name", "build", "message"), DAMAGE, ids=[d[0] for d in DAMAGE])
def test_zip_damage_is_invalid_input(
    name: str, build: Callable[[], bytes], message: str
) -> None:
    data = build()
    with pytest.raises(InvalidInput, match=message):
        kamerparse.parse(data, format="docx")


def test_the_undamaged_zip_parses() -> None:
    """The builder's own zip is a letter: the damage, not the builder, is refused."""
    for compression in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_LZMA):
        letter = kamerparse.parse(_docx(compression=compression))
        assert letter.source.format == "docx"
        assert "Den Haag, 3 maart 2023" in letter.text


def test_total_size_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_zip, "MAX_UNCOMPRESSED", len(_DOC) // 2)
    with pytest.raises(InvalidInput, match="uncompressed bytes, the limit is"):
        kamerparse.parse(_docx(), format="docx")


# --- byte-by-byte mutation ------------------------------------------------------------


def _mutation_inputs() -> list[Path]:
    paths = [p for p in fixture_paths() if p.suffix in (".docx", ".xml", ".html")]
    if REAL_DIR.is_dir():
        formats = REAL_DIR / "formats"
        if formats.is_dir():
            paths += sorted(
                p for p in formats.iterdir() if p.suffix in (".docx", ".xml", ".html")
            )
        moties = REAL_DIR / "moties-xml"
        if moties.is_dir():
            paths += sorted(moties.glob("*.xml"))[:5]
    return paths


_INPUTS = _mutation_inputs()
_DATA = {p: p.read_bytes() for p in _INPUTS}


#: One mutation: (kind, where as a fraction of the length, a bit or byte, inserted bytes).
_Op = tuple[str, float, int, bytes]


def _apply(data: bytes, ops: list[_Op]) -> bytes:
    b = bytearray(data)
    for kind, where, value, extra in ops:
        if not b:
            break
        at = min(int(where * len(b)), len(b) - 1)
        if kind == "flip":
            b[at] ^= 1 << (value % 8)
        elif kind == "truncate":
            del b[at:]
        elif kind == "insert":
            b[at:at] = extra
        elif kind == "delete":
            del b[at : at + 1 + value % 8]
        else:
            b[at] = value
    return bytes(b)


_OPS = st.lists(
    st.tuples(
        st.sampled_from(["flip", "truncate", "insert", "delete", "byte"]),
        st.floats(0, 1, allow_nan=False),
        st.integers(0, 255),
        st.binary(min_size=1, max_size=8),
    ),
    min_size=1,
    max_size=4,
)


@pytest.mark.skipif(not _INPUTS, reason="no fixtures or real files at hand")
@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.sampled_from(sorted(_DATA, key=str)) if _DATA else st.nothing(), _OPS)
def test_mutated_files_give_letter_or_kamerparse_error(path: Path, ops: list[_Op]) -> None:
    """The mutations are drawn as operations (not bytes), so a failure reads short."""
    try:
        result = kamerparse.parse(_apply(_DATA[path], ops), name=path.name)
    except KamerparseError:
        return
    assert isinstance(result, Letter)


@pytest.mark.skipif(not _INPUTS, reason="no fixtures or real files at hand")
@pytest.mark.parametrize("path", _INPUTS[:8], ids=lambda p: p.name)
def test_every_cut_gives_letter_or_kamerparse_error(path: Path) -> None:
    """Truncated at 64 evenly spread places (a systematic sweep besides hypothesis); an
    error says what is wrong in words."""
    data = _DATA[path]
    messages: list[str] = []
    for k in range(1, 65):
        cut = data[: len(data) * k // 65]
        try:
            kamerparse.parse(cut, name=path.name)
        except KamerparseError as e:
            messages.append(str(e))
    assert all(re.search(r"[a-z]{4}", m) for m in messages), messages


# --- batch: one error line per damaged input, and the run goes on -----------------------

_ERROR_LINE = re.compile(r"^(?P<name>.+): (?P<type>\w+) error \S.*$")


def _damaged_files(tmp_path: Path) -> list[Path]:
    """Every zip damage kind of the table as a .docx file, plus broken XML and HTML."""
    out: list[Path] = []
    for i, (_, build, _) in enumerate(DAMAGE):
        p = tmp_path / f"damaged-{i:02d}.docx"
        p.write_bytes(build())
        out.append(p)
    xml = tmp_path / "broken.xml"
    xml.write_bytes(b"<?xml version='1.0'?><officiele-publicatie><kamerstuk><al>x</kamer")
    html = tmp_path / "broken.html"
    html.write_bytes(b"<!DOCTYPE html><html><body>" + bytes(range(32)) * 4)
    return [*out, xml, html]


@pytest.mark.parametrize("jobs", [1, 2])
def test_batch_gives_one_error_line_per_damaged_input_and_goes_on(
    seed_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], jobs: int
) -> None:
    import json

    from kamerparse._cli import main

    damaged = _damaged_files(tmp_path)
    # the good letter first, between and last: the run goes on after each bad input
    args = [str(seed_path), *map(str, damaged[:10]), str(seed_path), *map(str, damaged[10:])]
    args.append(str(seed_path))
    code = main(["--jsonl", "--jobs", str(jobs), *args])
    out, err = capsys.readouterr()
    assert code == 1
    records = [json.loads(line) for line in out.split("\n") if line]
    assert [r["source"]["name"] for r in records] == args
    bad = {str(p) for p in damaged}
    for name, record in zip(args, records, strict=True):
        if name in bad:
            assert set(record) == {"source", "error"}, name
            assert record["error"]["message"], name
        else:
            assert "error" not in record
    error_lines = [m for line in err.splitlines() if (m := _ERROR_LINE.match(line))]
    assert [m["name"] for m in error_lines] == [a for a in args if a in bad]
    types = {m["name"]: m["type"] for m in error_lines}
    assert all(t == "InvalidInput" for t in types.values()), types
