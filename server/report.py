"""The intervention report: lays out one OBAPI intervention on A4 pages with server.pdf."""

from __future__ import annotations

from server import pdf
from server.pdf import encode, fit, wrap

MARGIN_X = 50.0
TOP = pdf.PAGE_HEIGHT - 50.0
BOTTOM = 60.0  # the footer lives below this line
RIGHT = pdf.PAGE_WIDTH - MARGIN_X
CONTENT_WIDTH = RIGHT - MARGIN_X

STATUS_LABELS = {"draft": "Draft", "validated": "Validated", "done": "Completed", "billed": "Billed"}

# Lines table: (title, width, right-aligned); Description takes what is left.
_FIXED = {"#": 24.0, "Date": 62.0, "Duration": 52.0, "Product": 74.0}
COLUMNS = (
    ("#", _FIXED["#"], True),
    ("Date", _FIXED["Date"], False),
    ("Description", CONTENT_WIDTH - sum(_FIXED.values()), False),
    ("Duration", _FIXED["Duration"], True),
    ("Product", _FIXED["Product"], False),
)
PAD = 4.0


def hmm(seconds: int) -> str:
    """Seconds as h:mm; hours are not rolled into days (33 h -> '33:00')."""
    seconds = max(0, int(seconds or 0))
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}"


def _timestamp(value: str | None) -> str:
    """'2024-05-19T09:00:00Z' -> '2024-05-19 09:00 UTC'."""
    if not value:
        return "—"
    return value.replace("T", " ")[:16] + " UTC"


def _pdf_date(value: str | None) -> str | None:
    digits = "".join(ch for ch in (value or "") if ch.isdigit())
    return f"D:{digits[:14]}Z" if len(digits) >= 14 else None


class _Report:
    def __init__(self, iv: dict, provider: str):
        self.iv, self.provider = iv, provider
        self.canvas = pdf.Canvas()
        self.y = 0.0
        self._page()

    def _page(self) -> None:
        self.canvas.new_page()
        self.y = TOP

    def _room(self, height: float) -> bool:
        """Start a new page unless height fits; True if a page was started."""
        if self.y - height >= BOTTOM:
            return False
        self._page()
        return True

    def header(self) -> None:
        c, iv = self.canvas, self.iv
        c.text(MARGIN_X, self.y, fit(self.provider, True, 11, CONTENT_WIDTH), bold=True, size=11, gray=0.35)
        self.y -= 26
        c.text(MARGIN_X, self.y, b"Intervention report", bold=True, size=20)
        c.text_right(RIGHT, self.y, fit(iv["ref"], True, 20, CONTENT_WIDTH / 2), bold=True, size=20)
        self.y -= 10
        c.rule(MARGIN_X, self.y, RIGHT, self.y, line_width=1)
        self.y -= 20

    def fields(self) -> None:
        iv = self.iv
        status = iv.get("status") or ""
        pairs = [
            ("Reference", iv.get("ref") or "—", "Status", STATUS_LABELS.get(status, status) or "—"),
            ("Date of intervention", iv.get("date_intervention") or "—", "Contract", iv.get("contract_ref") or "—"),
            ("Start date", iv.get("date_start") or "—", "Customer ref", iv.get("customer_ref") or "—"),
            ("End date", iv.get("date_end") or "—", "Total duration", hmm(iv.get("duration"))),
            ("Created", _timestamp(iv.get("created_at")), "Validated", _timestamp(iv.get("validated_at"))),
        ]
        half = CONTENT_WIDTH / 2
        label_w = 110.0
        for l1, v1, l2, v2 in pairs:
            for x, label, value in ((MARGIN_X, l1, v1), (MARGIN_X + half, l2, v2)):
                self.canvas.text(x, self.y, encode(label), size=9, gray=0.4)
                self.canvas.text(x + label_w, self.y, fit(value, True, 10, half - label_w - 8), bold=True, size=10)
            self.y -= 15
        self.y -= 8

    def section(self, title: str) -> None:
        self._room(40)  # never leave a heading alone at the bottom of a page
        self.canvas.text(MARGIN_X, self.y, encode(title), bold=True, size=12)
        self.y -= 6
        self.canvas.rule(MARGIN_X, self.y, RIGHT, self.y, gray=0.6)
        self.y -= 14

    def paragraph(self, text: str, size: float = 10.0) -> None:
        leading = size * 1.35
        for line in wrap(text, False, size, CONTENT_WIDTH):
            self._room(leading)
            if line:
                self.canvas.text(MARGIN_X, self.y, line, size=size)
            self.y -= leading
        self.y -= 8

    def _table_head(self) -> None:
        c, x = self.canvas, MARGIN_X
        c.fill(MARGIN_X, self.y - 5, CONTENT_WIDTH, 16, gray=0.9)
        for title, w, right in COLUMNS:
            if right:
                c.text_right(x + w - PAD, self.y, encode(title), bold=True, size=9)
            else:
                c.text(x + PAD, self.y, encode(title), bold=True, size=9)
            x += w
        self.y -= 17

    def lines_table(self) -> None:
        lines = self.iv.get("lines") or []
        if not lines:
            self.canvas.text(MARGIN_X, self.y, b"No lines.", size=10, gray=0.4)
            self.y -= 20
        else:
            self._room(17 + 13)
            self._table_head()
            size, leading = 9.0, 12.0
            for line in lines:
                desc = wrap(line.get("description") or "", False, size, COLUMNS[2][1] - 2 * PAD) or [b""]
                if self._room(len(desc) * leading + 4):
                    self._table_head()
                cells = (
                    str(line.get("position", "")), line.get("date") or "", None,
                    hmm(line.get("duration")), line.get("product_ref") or "",
                )
                x = MARGIN_X
                for (title, w, right), value in zip(COLUMNS, cells):
                    if value is None:
                        for i, text in enumerate(desc):
                            self.canvas.text(x + PAD, self.y - i * leading, text, size=size)
                    elif right:
                        self.canvas.text_right(x + w - PAD, self.y, fit(value, False, size, w - 2 * PAD), size=size)
                    else:
                        self.canvas.text(x + PAD, self.y, fit(value, False, size, w - 2 * PAD), size=size)
                    x += w
                self.y -= len(desc) * leading
                self.canvas.rule(MARGIN_X, self.y + 8, RIGHT, self.y + 8, line_width=0.3, gray=0.75)
                self.y -= 4
        self._room(36)
        duration_right = MARGIN_X + sum(w for _, w, _ in COLUMNS[:4]) - PAD
        self.y -= 4
        self.canvas.text_right(duration_right - 60, self.y, b"Total duration", bold=True, size=10)
        self.canvas.text_right(duration_right, self.y, encode(hmm(self.iv.get("duration"))), bold=True, size=10)
        self.y -= 14
        line_sum = sum(int(line.get("duration") or 0) for line in lines)
        if lines and line_sum != int(self.iv.get("duration") or 0):
            self.canvas.text_right(duration_right - 60, self.y, b"Sum of lines", size=9, gray=0.4)
            self.canvas.text_right(duration_right, self.y, encode(hmm(line_sum)), size=9, gray=0.4)
            self.y -= 14

    def footers(self) -> None:
        """Added last, when the page count is known."""
        total = len(self.canvas.pages)
        left = fit(f"{self.provider} — {self.iv.get('ref', '')}", False, 8, CONTENT_WIDTH - 80)
        for number in range(1, total + 1):
            self.canvas.select(number - 1)
            self.canvas.rule(MARGIN_X, 42, RIGHT, 42, line_width=0.3, gray=0.75)
            self.canvas.text(MARGIN_X, 30, left, size=8, gray=0.4)
            self.canvas.text_right(RIGHT, 30, encode(f"Page {number} / {total}"), size=8, gray=0.4)


def intervention_pdf(iv: dict, provider: str) -> bytes:
    """The PDF report of one intervention (the dict shape of GET /interventions/{id})."""
    r = _Report(iv, provider)
    r.header()
    r.fields()
    r.section("Description")
    r.paragraph(iv.get("description") or "—")
    if iv.get("public_note"):
        r.section("Public note")
        r.paragraph(iv["public_note"])
    r.section("Lines")
    r.lines_table()
    r.footers()
    return r.canvas.to_pdf(
        title=iv.get("ref") or "Intervention",
        author=provider,
        subject="Intervention report",
        producer="Fiche demo server",
        creation_date=_pdf_date(iv.get("updated_at") or iv.get("created_at")),
    )
