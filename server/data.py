"""Demo data: a deterministic SQLite data set of interventions, built once, then read-only.

The file name carries (count, seed, anchor, generator version), so a run with the same
options reuses the file and a changed generator never serves stale rows. The file is
written under a temporary name and renamed, so an interrupted build never leaves a half
file behind.
"""

from __future__ import annotations

import datetime as dt
import os
import pathlib
import random
import sqlite3
import tempfile
import threading

# Bump when the generator changes: old files are then simply ignored.
GENERATOR_VERSION = 1

STATUSES = ("draft", "validated", "done", "billed")

# Ties are broken by ref then id, in the direction of the sort, so paging is stable.
SORT_SQL = {
    "date_desc": "date_intervention DESC, ref DESC, id DESC",
    "date_asc": "date_intervention ASC, ref ASC, id ASC",
    "ref_asc": "ref ASC, id ASC",
    "ref_desc": "ref DESC, id DESC",
}

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE intervention (
    id INTEGER PRIMARY KEY,          -- exposed as a string, as OBAPI ids are
    ref TEXT NOT NULL UNIQUE,
    customer_ref TEXT NOT NULL,
    date_intervention TEXT NOT NULL, -- YYYY-MM-DD, what date_start/date_end filter on
    date_start TEXT NOT NULL,
    date_end TEXT NOT NULL,
    contract_ref TEXT NOT NULL,
    description TEXT NOT NULL,
    duration INTEGER NOT NULL,       -- seconds
    validated_at TEXT,               -- NULL for drafts
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    status TEXT NOT NULL,
    public_note TEXT NOT NULL
);
CREATE TABLE line (
    id INTEGER PRIMARY KEY,
    intervention_id INTEGER NOT NULL REFERENCES intervention(id),
    position INTEGER NOT NULL,
    description TEXT NOT NULL,
    date TEXT NOT NULL,
    duration INTEGER NOT NULL,
    product_ref TEXT NOT NULL
);
"""

# Created after the bulk insert: building an index once is faster than maintaining it.
INDEXES = """
CREATE INDEX ix_intervention_date ON intervention (date_intervention, ref, id);
CREATE INDEX ix_intervention_ref ON intervention (ref, id);
CREATE INDEX ix_intervention_status_date ON intervention (status, date_intervention, ref, id);
CREATE INDEX ix_line_intervention ON line (intervention_id, position);
"""

# ---------------------------------------------------------------------------------------
# Text pools: French and English, with the characters a client must render correctly
# (é è ç à œ « » ’ € —) and a few outside cp1252 (→ ≈) that the PDF replaces with '?'.

TITLES = (
    "Dépannage électrique — tableau divisionnaire",
    "Remplacement de l’onduleur",
    "Maintenance préventive — chaufferie",
    "Contrôle annuel de la climatisation",
    "Mise à jour du pare-feu et des règles « VPN »",
    "Installation d’un poste de travail",
    "Réparation de la porte sectionnelle",
    "Diagnostic réseau — coupures intermittentes",
    "Intervention sur la pompe de relevage",
    "Révision de la centrale de traitement d’air",
    "Configuration du cœur de réseau",
    "Vérification des extincteurs et de l’éclairage de sécurité",
    "Câblage de la baie de brassage",
    "Audit électrique — mise en conformité NF C 15-100",
    "Désembouage du circuit de chauffage",
    "On-site server maintenance",
    "Quarterly UPS inspection",
    "Network switch replacement",
    "Printer fleet servicing",
    "Emergency call-out: boiler failure",
    "Wi-Fi coverage survey and access point tuning",
    "Backup restore test and report",
)

SITES = (
    "", "", "", " — site de Lyon-Gerland", " — agence de Besançon", " — entrepôt Nord",
    " — Hôtel « Le Cèdre »", " — mairie de Saint-Étienne", " — head office, 3rd floor",
    " — clinique Sainte-Thérèse", " — école Françoise-Dolto",
)

PARAGRAPHS = (
    "À notre arrivée, le client signalait des coupures répétées sur le départ principal. "
    "Les mesures d’isolement ont montré un défaut sur le circuit des prises du local "
    "technique ; le différentiel 30 mA déclenchait dès la mise sous tension de la baie.",
    "Après consignation, nous avons remplacé l’interrupteur différentiel, resserré "
    "l’ensemble des bornes du tableau et vérifié la continuité des conducteurs de "
    "protection. Les essais de déclenchement sont conformes (temps < 30 ms).",
    "Le brûleur présentait un encrassement important. Nettoyage complet, remplacement du "
    "gicleur et des électrodes, puis réglage de la combustion : CO2 à 12,1 %, CO < 20 ppm. "
    "Le rendement mesuré est de 93,4 %, en nette amélioration par rapport à l’an dernier.",
    "Nous recommandons de prévoir, dans les six prochains mois, le remplacement des "
    "batteries de l’onduleur : leur autonomie mesurée n’est plus que de 7 minutes pour "
    "une charge de 60 %. Devis estimatif : 1 250,00 € HT, pose comprise.",
    "The customer reported intermittent network outages on the second floor. We traced "
    "the issue to a faulty uplink module on the distribution switch, replaced it with a "
    "spare from stock and updated the firmware on both stack members.",
    "All access points were re-surveyed with the customer’s facility manager present. "
    "Channel plan and transmit power were adjusted; roaming between meeting rooms now "
    "works without dropped calls. A coverage map is attached to the customer portal.",
    "Remarque : l’accès à la chaufferie nécessite la clé disponible à l’accueil. Merci "
    "de prévenir le gardien la veille de chaque intervention, en particulier pendant les "
    "congés scolaires où le bâtiment ferme à 17 h.",
    "Pièces remplacées : joint torique Ø 42, vanne trois voies, sonde extérieure. "
    "Les anciennes pièces ont été laissées sur place à la demande du client « pour "
    "l’expertise de l’assureur ». Garantie pièces et main-d’œuvre : 12 mois.",
)

LINE_TEXTS = (
    "Déplacement et prise en charge",
    "Diagnostic matériel et réparation",
    "Hardware diagnostic and repair",
    "Mise à jour logicielle et configuration",
    "Software update and configuration",
    "Remplacement du disjoncteur différentiel 30 mA",
    "Contrôle des batteries de l’onduleur",
    "Remplacement des filtres (F7) de la CTA",
    "Purge et remise en pression du circuit",
    "Essais et mise en service",
    "Rédaction du rapport et conseils au client",
    "Formation de l’utilisateur — 2 personnes",
    "Fourniture et pose d’un câble RJ45 cat. 6a",
    "Nettoyage du brûleur et réglage de la combustion",
    "Relevé des compteurs d’énergie",
    "Test du groupe électrogène à vide et en charge",
    "Replacement of the cooling fan",
    "Firmware upgrade (v2.4 → v2.6)",
    "Pièces : joint torique, vanne 3 voies — 148,50 €",
    "Contrôle d’étanchéité et recherche de fuite",
)

PRODUCTS = (
    "SRV-MAINT", "SRV-CONF", "SRV-DIAG", "SRV-FORM", "DEP-ELEC", "DEP-PLOMB", "DEP-CVC",
    "DEP-URG", "DEPL-ZONE1", "DEPL-ZONE2", "PCE-DIVERS",
)

NOTES = (
    "Merci de prévoir l’accès au local technique.",
    "Client absent — clé récupérée à l’accueil.",
    "Prochaine visite prévue dans 6 mois.",
    "Customer requested a quote for the UPS replacement (≈ 1 250 €).",
    "Intervention réalisée en présence de M. Lefèvre, responsable des services généraux.",
    "Bon d’intervention signé sur tablette.",
    "Please call the site manager 30 minutes before arrival.",
    "Facturation au forfait « Sérénité » — aucun supplément.",
)


# ---------------------------------------------------------------------------------------
# Generation


def data_file(data_dir: pathlib.Path, count: int, seed: int, anchor: dt.date) -> pathlib.Path:
    return data_dir / f"interventions-n{count}-s{seed}-a{anchor.isoformat()}-v{GENERATOR_VERSION}.sqlite3"


def ensure_data(data_dir: pathlib.Path, count: int, seed: int, anchor: dt.date) -> pathlib.Path:
    """Return the data file for these options, building it first if it does not exist."""
    path = data_file(data_dir, count, seed, anchor)
    if path.exists():
        return path
    data_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=data_dir)
    os.close(fd)
    try:
        build(pathlib.Path(tmp), count, seed, anchor)
        os.replace(tmp, path)  # atomic: readers see no file or a complete one
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return path


def _ts(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _working_time(rng: random.Random, day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, rng.randint(7, 17), rng.choice((0, 15, 30, 45)), rng.randint(0, 59))


def _status_for(rng: random.Random, age_days: int) -> str:
    """Older interventions are mostly billed/done, recent ones validated/draft."""
    r = rng.random()
    if age_days < 0:  # planned in the future
        return "draft" if r < 0.85 else "validated"
    if age_days <= 30:
        return "draft" if r < 0.30 else "validated" if r < 0.75 else "done"
    if age_days <= 90:
        return "draft" if r < 0.04 else "validated" if r < 0.25 else "done" if r < 0.65 else "billed"
    return "draft" if r < 0.01 else "validated" if r < 0.03 else "done" if r < 0.28 else "billed"


def _description(rng: random.Random) -> str:
    title = rng.choice(TITLES) + rng.choice(SITES)
    r = rng.random()
    if r < 0.05:  # long, multi-paragraph (> 1,000 characters)
        paras = [title]
        while sum(len(p) for p in paras) <= 1000:
            paras.append(rng.choice(PARAGRAPHS))
        return "\n\n".join(paras)
    if r < 0.25:
        return title + "\n" + rng.choice(PARAGRAPHS)
    return title


def _quarters(rng: random.Random) -> int:
    """A line duration in seconds: usually whole quarters of an hour, sometimes not."""
    if rng.random() < 0.05:
        return rng.randint(5, 240) * 60
    return rng.choice((1, 2, 2, 3, 4, 4, 4, 6, 8, 8, 12, 16, 24, 32)) * 900


def _generate(count: int, seed: int, anchor: dt.date):
    rng = random.Random(f"fiche-demo:{count}:{seed}:{anchor.isoformat()}:{GENERATOR_VERSION}")
    end = anchor + dt.timedelta(days=30)
    start = end - dt.timedelta(days=3 * 365)
    span = (end - start).days
    now = dt.datetime(anchor.year, anchor.month, anchor.day, 18, 0, 0)

    # Contracts: a pool with their own dates; an intervention only uses an older one.
    contracts = []
    per_month: dict[str, int] = {}
    for day in sorted(start - dt.timedelta(days=rng.randint(0, 365)) + dt.timedelta(days=rng.randint(0, span)) for _ in range(60)):
        yymm = day.strftime("%y%m")
        per_month[yymm] = per_month.get(yymm, 0) + 1
        contracts.append((day, f"CT{yymm}-{per_month[yymm]:04d}"))

    records = []
    for _ in range(count):
        day = start + dt.timedelta(days=rng.randrange(span + 1))
        if day.weekday() >= 5 and rng.random() < 0.85:  # few weekend call-outs
            day -= dt.timedelta(days=day.weekday() - 4 + rng.randint(0, 3))
            if day < start:
                day += dt.timedelta(days=7)
        age = (anchor - day).days
        status = _status_for(rng, age)
        created = _working_time(rng, day) - dt.timedelta(days=rng.randint(0, 14), hours=rng.randint(0, 6))
        if created > now:
            created = now - dt.timedelta(days=rng.randint(0, 20), minutes=rng.randint(0, 600))
        if status == "draft":
            validated = None
            updated = min(now, created + dt.timedelta(minutes=rng.randint(0, 3000)))
        else:
            validated = max(created, _working_time(rng, day)) + dt.timedelta(hours=rng.randint(1, 48))
            if validated > now:
                validated = created + (now - created) / 2
            updated = validated
            if status in ("done", "billed"):
                updated = min(now, validated + dt.timedelta(days=rng.randint(0, 40), minutes=rng.randint(0, 600)))
        date_start = day - dt.timedelta(days=1) if rng.random() < 0.05 else day
        date_end = day + dt.timedelta(days=rng.choice((0, 0, 0, 0, 0, 0, 0, 1, 2, 3)))
        nlines = rng.choice((0, 1, 1, 1, 2, 2, 2, 3, 3, 4, 5, 6, 7, 8))
        lines = []
        for pos in range(1, nlines + 1):
            ldate = date_start + dt.timedelta(days=rng.randint(0, (date_end - date_start).days))
            product = rng.choice(PRODUCTS) if rng.random() < 0.92 else ""
            lines.append((pos, rng.choice(LINE_TEXTS), ldate.isoformat(), _quarters(rng), product))
        total = sum(line[3] for line in lines)
        r = rng.random()
        if not lines:
            duration = rng.choice((0, 1, 2, 4, 8, 16, 32)) * 900
        elif r < 0.04:  # travel time counted on the header only
            duration = total + 1800
        elif r < 0.07:  # header rounded by hand
            duration = max(900, round(total / 3600) * 3600)
        else:
            duration = total
        usable = [ref for cday, ref in contracts if cday <= day]
        contract = rng.choice(usable[-25:]) if usable and rng.random() < 0.7 else ""
        r = rng.random()
        if r < 0.12:
            customer_ref = f"BC-{day.year}-{rng.randint(1, 9999):04d}"
        elif r < 0.22:
            customer_ref = f"PO{rng.randint(100000, 999999)}"
        elif r < 0.28:
            customer_ref = f"Commande n° {rng.randint(100, 9999)}"
        else:
            customer_ref = ""
        note = rng.choice(NOTES) if rng.random() < 0.25 else ""
        records.append({
            "day": day, "created": created, "validated": validated, "updated": updated,
            "status": status, "date_start": date_start, "date_end": date_end,
            "contract": contract, "customer_ref": customer_ref, "description": _description(rng),
            "duration": duration, "note": note, "lines": lines,
        })

    # Refs count per month of the intervention date in creation order (as an ERP numbers
    # them), so ref order and date order differ inside a month.
    records.sort(key=lambda rec: (rec["created"], rec["day"]))
    counters: dict[str, int] = {}
    for rec in records:
        yymm = rec["day"].strftime("%y%m")
        counters[yymm] = counters.get(yymm, 0) + 1
        rec["ref"] = f"FI{yymm}-{counters[yymm]:04d}"
    # Ids also follow creation order, start at 1000 and have gaps (deleted records).
    next_id = 1000
    for rec in records:
        rec["id"] = next_id
        next_id += 1 if rng.random() < 0.9 else rng.randint(2, 5)
    return records


def build(path: pathlib.Path, count: int, seed: int, anchor: dt.date) -> None:
    """Write a complete data set into path (one transaction, bulk inserts)."""
    records = _generate(count, seed, anchor)
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA journal_mode = OFF")  # a temp file: no rollback needed
        con.execute("PRAGMA synchronous = OFF")
        con.executescript(SCHEMA)
        with con:
            con.executemany(
                "INSERT INTO meta VALUES (?, ?)",
                [("count", str(count)), ("seed", str(seed)), ("anchor", anchor.isoformat()),
                 ("generator_version", str(GENERATOR_VERSION))],
            )
            con.executemany(
                "INSERT INTO intervention VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    (rec["id"], rec["ref"], rec["customer_ref"], rec["day"].isoformat(),
                     rec["date_start"].isoformat(), rec["date_end"].isoformat(), rec["contract"],
                     rec["description"], rec["duration"],
                     _ts(rec["validated"]) if rec["validated"] else None,
                     _ts(rec["created"]), _ts(rec["updated"]), rec["status"], rec["note"])
                    for rec in records
                ),
            )
            line_id = 5000
            rows = []
            for rec in records:
                for pos, text, ldate, secs, product in rec["lines"]:
                    rows.append((line_id, rec["id"], pos, text, ldate, secs, product))
                    line_id += 1
            con.executemany("INSERT INTO line VALUES (?,?,?,?,?,?,?)", rows)
        con.executescript(INDEXES)
        con.execute("ANALYZE")
        con.commit()
    finally:
        con.close()


# ---------------------------------------------------------------------------------------
# Queries


class Store:
    """Read-only access to one data file; one SQLite connection per server thread."""

    def __init__(self, path: pathlib.Path):
        self.path = pathlib.Path(path)
        # immutable=1: the file never changes after its rename, so SQLite can skip locking.
        self._uri = self.path.resolve().as_uri() + "?mode=ro&immutable=1"
        self._local = threading.local()
        self._conn()  # fail at start-up, not on the first request

    def _conn(self) -> sqlite3.Connection:
        con = getattr(self._local, "con", None)
        if con is None:
            con = sqlite3.connect(self._uri, uri=True)
            con.row_factory = sqlite3.Row
            self._local.con = con
        return con

    def list(self, *, date_start=None, date_end=None, status=None, sort="date_desc", limit=50, offset=0):
        """Return (total_items, [summary dicts]) for one page."""
        where, args = [], []
        if date_start:
            where.append("date_intervention >= ?")
            args.append(date_start)
        if date_end:
            where.append("date_intervention <= ?")
            args.append(date_end)
        if status:
            where.append("status = ?")
            args.append(status)
        clause = (" WHERE " + " AND ".join(where)) if where else ""
        con = self._conn()
        total = con.execute("SELECT COUNT(*) FROM intervention" + clause, args).fetchone()[0]
        rows = con.execute(
            "SELECT id, ref, date_intervention, duration, status FROM intervention"
            + clause + " ORDER BY " + SORT_SQL[sort] + " LIMIT ? OFFSET ?",
            args + [limit, offset],
        ).fetchall()
        return total, [
            {"id": str(r["id"]), "ref": r["ref"], "date_intervention": r["date_intervention"],
             "duration": r["duration"], "status": r["status"]}
            for r in rows
        ]

    def get(self, ident: int) -> dict | None:
        """The full intervention with its lines, in the OBAPI field order, or None."""
        con = self._conn()
        r = con.execute("SELECT * FROM intervention WHERE id = ?", (ident,)).fetchone()
        if r is None:
            return None
        lines = con.execute(
            "SELECT id, position, description, date, duration, product_ref FROM line"
            " WHERE intervention_id = ? ORDER BY position", (ident,)
        ).fetchall()
        return {
            "id": str(r["id"]), "ref": r["ref"], "customer_ref": r["customer_ref"],
            "date_intervention": r["date_intervention"], "date_start": r["date_start"],
            "date_end": r["date_end"], "contract_ref": r["contract_ref"],
            "description": r["description"], "duration": r["duration"],
            "validated_at": r["validated_at"], "created_at": r["created_at"],
            "updated_at": r["updated_at"], "status": r["status"], "public_note": r["public_note"],
            "lines": [
                {"id": str(l["id"]), "position": l["position"], "description": l["description"],
                 "date": l["date"], "duration": l["duration"], "product_ref": l["product_ref"]}
                for l in lines
            ],
        }
