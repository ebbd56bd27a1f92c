"""Safe reading of zip containers (a Word ``.docx`` is one).

Nothing the standard library's ``zipfile`` (or the ``zlib``, ``bz2`` and ``lzma``
decompressors under it) raises on a damaged or hostile file gets out of here: every
problem is an :class:`~kamerparse.errors.InvalidInput` that names it.

:func:`open_zip` reads the central directory and refuses, before any member is
decompressed, a container that

* is not a zip at all (an OLE compound file, the container of an *encrypted* Word
  document or of a legacy ``.doc``, is named as such), or is truncated, or has a
  central directory whose offsets or sizes point outside the file;
* has more than :data:`MAX_MEMBERS` members, or two members of the same name;
* has a member whose name escapes the container (absolute path, ``..``, a backslash,
  a drive letter, a NUL byte);
* declares more than :data:`MAX_UNCOMPRESSED` uncompressed bytes in all, or a member
  that expands more than :data:`MAX_RATIO` times (a zip bomb);
* has an encrypted member.

:func:`read_member` decompresses one member, never more than the size its directory
entry declares (so the limits above also bound what a lying entry can produce), and
turns a corrupt deflate, bzip2 or LZMA stream, a wrong local header, a bad CRC or an
unsupported compression method into ``InvalidInput``. A member that is itself a zip
(where XML is expected) is named as such; nested zips are never opened, so a zip of
zips cannot expand.
"""

from __future__ import annotations

import io
import lzma
import struct
import zipfile
import zlib

from kamerparse.errors import InvalidInput

#: A zip with more members than this is refused (a Word letter has 10 to 40).
MAX_MEMBERS = 2000
#: A zip whose members declare more than this many uncompressed bytes in all is refused.
MAX_UNCOMPRESSED = 64 * 1024 * 1024
#: A member whose uncompressed size is more than this many times its compressed size
#: (or 1 kB, whichever is more) is refused: zip bombs reach 1000× and more.
MAX_RATIO = 200

#: What ``zipfile`` and the decompressors raise on damaged input.
_ZIP_ERRORS: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    lzma.LZMAError,
    EOFError,
    OSError,  # bz2's corrupt stream, a seek outside the file
    ValueError,  # a negative seek, an undecodable UTF-8 member name
    struct.error,
    OverflowError,
    IndexError,
    KeyError,
    NotImplementedError,  # an unsupported compression method
    RuntimeError,  # an encrypted member without a password
)

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"


def open_zip(data: bytes) -> zipfile.ZipFile:
    """Open the zip container ``data`` after checking its directory (see the module)."""
    if data.startswith(_OLE_MAGIC):
        raise InvalidInput(
            "not a zip container: an OLE compound file (an encrypted Word document "
            "or a legacy .doc), which kamerparse does not read"
        )
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except _ZIP_ERRORS as e:
        raise InvalidInput(f"malformed zip container: {_describe(e)}") from None
    try:
        _check_directory(infos, len(data))
    except InvalidInput:
        zf.close()
        raise
    return zf


def _check_directory(infos: list[zipfile.ZipInfo], size: int) -> None:
    if len(infos) > MAX_MEMBERS:
        raise InvalidInput(f"unsafe zip: {len(infos)} members, the limit is {MAX_MEMBERS}")
    names: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        if _bad_member_name(name):
            raise InvalidInput(f"unsafe zip: member name {name!r} escapes the container")
        if name in names:
            raise InvalidInput(f"unsafe zip: two members are named {name!r}")
        names.add(name)
        if info.flag_bits & 0x1:
            raise InvalidInput(f"encrypted zip: member {name!r} is encrypted")
        if info.header_offset < 0 or info.header_offset >= size:
            raise InvalidInput(
                f"malformed zip container: member {name!r} starts at byte "
                f"{info.header_offset}, outside the {size}-byte file"
            )
        total += info.file_size
        if info.file_size > MAX_RATIO * max(info.compress_size, 1024):
            raise InvalidInput(
                f"unsafe zip: member {name!r} expands {info.file_size} bytes from "
                f"{info.compress_size} (a zip bomb; the limit is {MAX_RATIO}×)"
            )
    if total > MAX_UNCOMPRESSED:
        raise InvalidInput(
            f"unsafe zip: {total} uncompressed bytes, the limit is {MAX_UNCOMPRESSED}"
        )


def read_member(zf: zipfile.ZipFile, name: str) -> bytes | None:
    """The bytes of member ``name`` (None when absent), never more than its declared size."""
    try:
        info = zf.getinfo(name)
    except KeyError:
        return None
    try:
        with zf.open(info) as fh:
            data = fh.read(info.file_size + 1)
    except _ZIP_ERRORS as e:
        raise InvalidInput(f"malformed zip member {name!r}: {_describe(e)}") from None
    if len(data) > info.file_size:
        raise InvalidInput(f"unsafe zip: member {name!r} is larger than its header says")
    if data.startswith(_ZIP_MAGIC):
        raise InvalidInput(f"malformed zip member {name!r}: it is itself a zip archive")
    return data


def _bad_member_name(name: str) -> bool:
    return (
        name.startswith(("/", "\\"))
        or "\\" in name
        or (len(name) > 1 and name[1] == ":")
        or any(part == ".." for part in name.split("/"))
        or "\x00" in name
    )


def _describe(e: BaseException) -> str:
    """The error's message, with what kind of damage it is when the message is terse."""
    if isinstance(e, zlib.error):
        return f"corrupt deflate stream ({e})"
    if isinstance(e, lzma.LZMAError):
        return f"corrupt LZMA stream ({e})"
    if isinstance(e, NotImplementedError):
        return f"unsupported compression ({e})"
    if isinstance(e, RuntimeError):
        return f"encrypted member ({e})"
    if isinstance(e, UnicodeError):
        return f"undecodable member name ({e})"
    if isinstance(e, ValueError | struct.error | OverflowError):
        return f"wrong offsets or sizes in the directory ({type(e).__name__}: {e})"
    if isinstance(e, OSError):
        return f"corrupt data ({type(e).__name__}: {e})"
    return str(e) or type(e).__name__
