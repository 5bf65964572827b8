"""A minimal PDF 1.4 writer: A4 pages of text and rules in Helvetica / Helvetica-Bold.

Only the standard Type1 fonts are used (every viewer has them, nothing is embedded) with
/WinAnsiEncoding, so text is written as cp1252 bytes: French accents, œ « » ’ € — all
exist there. Characters outside cp1252 become '?'. Widths come from server.fonts, so
wrapping matches what the viewer draws and never crosses the right margin.
Output is deterministic: no clock, no random ids (the /ID is a hash of the content).
"""

from __future__ import annotations

import hashlib
import re
import zlib

from server import fonts

PAGE_WIDTH = 595.28  # A4 in points
PAGE_HEIGHT = 841.89

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def encode(text: str) -> bytes:
    """Unicode text -> cp1252 bytes for a WinAnsi font; unknown characters -> '?'."""
    text = _CONTROL.sub("", text.replace("\t", " ").replace("\r", ""))
    return text.encode("cp1252", errors="replace")


def width(data: bytes, bold: bool, size: float) -> float:
    return fonts.text_width(data, bold, size)


def _literal(data: bytes) -> bytes:
    """A PDF literal string; backslash and both parentheses must be escaped."""
    return b"(" + data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _text_string(text: str) -> bytes:
    """A PDF text string (for /Info) in UTF-16BE with BOM, so any character survives."""
    return b"<" + ("\ufeff" + text).encode("utf-16-be").hex().upper().encode() + b">"


def _num(x: float) -> bytes:
    s = f"{x:.2f}".rstrip("0").rstrip(".")
    return (s if s not in ("", "-0") else "0").encode()


def wrap(text: str, bold: bool, size: float, max_width: float) -> list[bytes]:
    """Greedy word wrap. Each '\\n' starts a new line (an empty one stays as a blank line);
    a word wider than the line is cut between characters."""
    out: list[bytes] = []
    space = width(b" ", bold, size)
    for para in encode(text).split(b"\n"):
        line, line_w = b"", 0.0
        for word in para.split(b" "):
            if not word:
                continue
            w = width(word, bold, size)
            if line and line_w + space + w <= max_width:
                line, line_w = line + b" " + word, line_w + space + w
                continue
            if line:
                out.append(line)
            while w > max_width:  # an overlong word (URL, serial number): hard cut
                cut = 1
                while cut < len(word) and width(word[: cut + 1], bold, size) <= max_width:
                    cut += 1
                out.append(word[:cut])
                word = word[cut:]
                w = width(word, bold, size)
            line, line_w = word, w
        out.append(line)
    return out


def fit(text: str, bold: bool, size: float, max_width: float) -> bytes:
    """One line no wider than max_width, shortened with an ellipsis if needed."""
    data = encode(text.replace("\n", " "))
    if width(data, bold, size) <= max_width:
        return data
    ellipsis = b"\x85"  # '…' in cp1252
    while data and width(data + ellipsis, bold, size) > max_width:
        data = data[:-1]
    return data + ellipsis


class Canvas:
    """Collects drawing operators page by page (origin bottom-left, units in points)."""

    def __init__(self):
        self.pages: list[bytearray] = []
        self.current = -1  # index of the page drawing operators go to

    def new_page(self) -> None:
        self.pages.append(bytearray())
        self.current = len(self.pages) - 1

    def select(self, index: int) -> None:
        """Draw on an earlier page again (e.g. footers once the page count is known)."""
        self.current = index

    def text(self, x: float, y: float, data: bytes, *, bold=False, size=10.0, gray=0.0) -> None:
        page = self.pages[self.current]
        if gray:
            page += _num(gray) + b" g\n"
        page += b"BT /" + (b"F2 " if bold else b"F1 ") + _num(size) + b" Tf 1 0 0 1 "
        page += _num(x) + b" " + _num(y) + b" Tm " + _literal(data) + b" Tj ET\n"
        if gray:
            page += b"0 g\n"

    def text_right(self, right: float, y: float, data: bytes, *, bold=False, size=10.0, gray=0.0) -> None:
        self.text(right - width(data, bold, size), y, data, bold=bold, size=size, gray=gray)

    def rule(self, x1: float, y1: float, x2: float, y2: float, *, line_width=0.5, gray=0.0) -> None:
        self.pages[self.current] += b"%s G %s w %s %s m %s %s l S 0 G\n" % (
            _num(gray), _num(line_width), _num(x1), _num(y1), _num(x2), _num(y2))

    def fill(self, x: float, y: float, w: float, h: float, *, gray=0.9) -> None:
        self.pages[self.current] += b"%s g %s %s %s %s re f 0 g\n" % (_num(gray), _num(x), _num(y), _num(w), _num(h))

    def to_pdf(self, *, title: str, author: str = "", subject: str = "", producer: str = "",
               creation_date: str | None = None, compress: bool = True) -> bytes:
        """Serialise the pages. creation_date is a PDF date like 'D:20240519090000Z'."""
        n_pages = len(self.pages)
        first_page_obj = 6  # 1 catalog, 2 page tree, 3-4 fonts, 5 info, then page+contents pairs
        objects: dict[int, bytes] = {}
        kids = b" ".join(b"%d 0 R" % (first_page_obj + 2 * i) for i in range(n_pages))
        objects[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
        objects[2] = b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % n_pages
        for num, name in ((3, b"Helvetica"), (4, b"Helvetica-Bold")):
            objects[num] = b"<< /Type /Font /Subtype /Type1 /BaseFont /" + name + b" /Encoding /WinAnsiEncoding >>"
        info = b"<< /Title " + _text_string(title)
        for key, value in ((b"Author", author), (b"Subject", subject), (b"Producer", producer)):
            if value:
                info += b" /" + key + b" " + _text_string(value)
        if creation_date:
            info += b" /CreationDate " + _literal(creation_date.encode("ascii")) + b" /ModDate " + _literal(creation_date.encode("ascii"))
        objects[5] = info + b" >>"
        for i, ops in enumerate(self.pages):
            page_num, content_num = first_page_obj + 2 * i, first_page_obj + 2 * i + 1
            objects[page_num] = (
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + _num(PAGE_WIDTH) + b" " + _num(PAGE_HEIGHT)
                + b"] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % content_num
            )
            data = zlib.compress(bytes(ops), 9) if compress else bytes(ops)
            head = b"<< /Length %d" % len(data) + (b" /Filter /FlateDecode" if compress else b"") + b" >>"
            objects[content_num] = head + b"\nstream\n" + data + b"\nendstream"

        # The binary comment line tells transfer tools the file is not plain text.
        out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offsets = {}
        for num in sorted(objects):
            offsets[num] = len(out)
            out += b"%d 0 obj\n" % num + objects[num] + b"\nendobj\n"
        xref_at = len(out)
        size = max(objects) + 1
        out += b"xref\n0 %d\n0000000000 65535 f \n" % size
        for num in range(1, size):
            out += b"%010d 00000 n \n" % offsets[num]  # each entry exactly 20 bytes
        doc_id = hashlib.md5(bytes(out)).hexdigest().upper().encode()
        out += b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R /ID [<%s> <%s>] >>\n" % (size, doc_id, doc_id)
        out += b"startxref\n%d\n%%%%EOF\n" % xref_at
        return bytes(out)
