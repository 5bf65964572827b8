// tools/bench/query.mjs — an idiomatic JavaScript implementation of the list query that Fiche's
// C++ engine runs (src/core/list/list_store.hpp), for the benchmark's comparison: each row's
// text folded once with normalize('NFD') and a diacritics strip, then per keystroke
// filter (every word included) + sort (stable, multi-key) + reduce (totals) + grouping.
// Not part of the app.

// Letters NFD does not decompose, folded as the C++ tables fold them.
const SPECIAL = {
  æ: "ae", œ: "oe", ß: "ss", ø: "o", đ: "d", ł: "l", ħ: "h", ı: "i", ĳ: "ij", ŀ: "l", ŉ: "n",
  ŋ: "n", þ: "th", ð: "d", ŧ: "t", ĸ: "k", ſ: "s",
};
const SPECIAL_RE = /[æœßøđłħıĳŀŉŋþðŧĸſ]/g;

export function fold(text) {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(SPECIAL_RE, (c) => SPECIAL[c])
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const STATUS_RANK = { draft: 0, validated: 1, done: 2, billed: 3 };

// Rows from decoded list pages, in the server's order, with the folded text precomputed.
export function prepareRows(pages) {
  const rows = [];
  for (const page of pages) {
    for (const item of page.items) {
      rows.push({
        id: String(item.id),
        ref: String(item.ref ?? ""),
        date: String(item.date_intervention ?? ""),
        duration: Number(item.duration) || 0,
        status: String(item.status ?? ""),
        contractRef: null, // null: not hydrated yet
        customerRef: null,
        haystack: fold(String(item.ref ?? "")),
      });
    }
  }
  return rows;
}

// Attaches decoded details ({intervention: {...}}) to their rows by id.
export function hydrate(rows, details) {
  const byId = new Map(rows.map((row) => [row.id, row]));
  for (const body of details) {
    const detail = body.intervention;
    const row = byId.get(String(detail.id));
    if (!row) continue;
    row.contractRef = detail.contract_ref ?? "";
    row.customerRef = detail.customer_ref ?? "";
    const parts = [row.ref, row.contractRef, row.customerRef, detail.description ?? "",
      detail.public_note ?? ""];
    for (const line of detail.lines ?? []) parts.push(line.description ?? "", line.product_ref ?? "");
    row.haystack = fold(parts.join("\n"));
  }
}

const compareText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

// spec: [{ column: "date" | "ref" | "duration" | "status" | "contract", descending }]
export function comparator(spec) {
  return (a, b) => {
    for (const { column, descending } of spec) {
      let order = 0;
      if (column === "date") order = compareText(a.date, b.date);
      else if (column === "ref") order = compareText(a.ref, b.ref);
      else if (column === "duration") order = a.duration - b.duration;
      else if (column === "status") {
        order = (STATUS_RANK[a.status] ?? 4) - (STATUS_RANK[b.status] ?? 4) ||
          compareText(a.status, b.status);
      } else if (column === "contract") {
        // Not hydrated yet: last in both directions.
        if ((a.contractRef === null) !== (b.contractRef === null)) return a.contractRef === null ? 1 : -1;
        order = compareText(a.contractRef ?? "", b.contractRef ?? "");
      }
      if (order !== 0) return descending ? -order : order;
    }
    return 0; // Array.prototype.sort is stable: ties keep the server's order
  };
}

function groupByMonth(hits) {
  const groups = new Map();
  for (const row of hits) {
    const label = row.date.slice(0, 7);
    let group = groups.get(label);
    if (!group) groups.set(label, (group = { label, rows: [], count: 0, duration: 0 }));
    group.rows.push(row);
    group.count += 1;
    group.duration += row.duration;
  }
  return [...groups.values()].sort((a, b) => compareText(b.label, a.label));
}

// One keystroke: what a JavaScript list would do from scratch.
export function runQuery(rows, text, spec, groupBy = "none") {
  const words = fold(text).split(" ").filter(Boolean);
  const hits = rows.filter((row) => words.every((word) => row.haystack.includes(word)));
  hits.sort(comparator(spec));
  const duration = hits.reduce((sum, row) => sum + row.duration, 0);
  const groups = groupBy === "month" ? groupByMonth(hits) : null;
  return { count: hits.length, duration, hits, groups };
}

// The same, over rows sorted once beforehand (the engine's strategy, in JavaScript).
export function runPresorted(sortedRows, text, groupBy = "none") {
  const words = fold(text).split(" ").filter(Boolean);
  const hits = sortedRows.filter((row) => words.every((word) => row.haystack.includes(word)));
  const duration = hits.reduce((sum, row) => sum + row.duration, 0);
  const groups = groupBy === "month" ? groupByMonth(hits) : null;
  return { count: hits.length, duration, hits, groups };
}
