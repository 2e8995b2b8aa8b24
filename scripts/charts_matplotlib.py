#!/usr/bin/env python3
"""The baseline for `rijp export`: the same chart set drawn with matplotlib from the same
scores, so a whole-process timing of this script is the yardstick for rijp's chart rendering.

Writes the 22 charts of a cooperation (quadrant, the two ambition dimensions with their
statements, culture and leadership profiles, both scale tables, and the target levels of each
organisation) as PNG (1600 x 1000 px, 150 dpi, opaque RGB) and SVG: 44 files, named as rijp
names them. Prints nothing on success.

    rijp scores --format json > scores.json
    rijp scores --format json --disagreement > items.json      # optional
    scripts/charts_matplotlib.py scores.json OUT_DIR [items.json]

Needs matplotlib (`pip install matplotlib`); uses only it, numpy and the standard library.
"""

import json
import os
import struct
import sys
import textwrap
import zlib

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from matplotlib.colors import LinearSegmentedColormap  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402
from matplotlib.patches import Rectangle  # noqa: E402

# ---------------------------------------------------------------------------------- canvas

W, H, DPI = 1600, 1000, 150
PT = 72 / DPI  # one pixel in points

plt.rcParams.update(
    {
        "font.family": "DejaVu Sans",
        "svg.fonttype": "none",  # text stays text in the SVG, as in rijp's SVG
        "svg.hashsalt": "rijp-baseline",  # deterministic ids in the SVG
        "axes.linewidth": 1.5 * PT,
        "axes.edgecolor": "#AAAAAA",
        "xtick.color": "#5C5C5C",
        "ytick.color": "#5C5C5C",
        "xtick.labelsize": 14.5 * PT,
        "ytick.labelsize": 14.5 * PT,
        "axes.labelsize": 19 * PT,
        "axes.labelcolor": "#1F1F1F",
    }
)

INK, GREY, LIGHT, RULE = "#1F1F1F", "#5C5C5C", "#888888", "#E3E3E3"
BENCH_TEXT, BLUE_TEXT, ORANGE_TEXT = "#A33B00", "#005A8C", "#B34700"
GRID = "#E8E8E8"
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442"]
BELOW, BETWEEN, REACHED, ZONE = "#D55E00", "#E69F00", "#009E73", "#DDE5EE"

# The questionnaire (questionnaires/digitale-volwassenheid.yaml): pillars and scales in order.
PILLARS = [
    ("ambition", "Digitale ambitie en voortgang", [
        ("customer_experience", "Klantervaring"),
        ("operational_efficiency", "Operationele efficiëntie"),
    ]),
    ("culture", "Cultuur- en organisatiekenmerken", [
        ("customer_centric", "Klant centraal"),
        ("innovate_experiment", "Innoveren en experimenteren"),
        ("agility_flexibility", "Wendbaarheid en flexibiliteit"),
        ("learning_organisation", "Lerende organisatie"),
        ("ict_contribution", "Bijdrage ICT-functie"),
        ("management_style", "Management en managementstijl"),
        ("digital_skills", "Ontwikkeling digitale vaardigheden medewerkers"),
        ("digital_talent", "Digitaal talent"),
        ("digital_unless", "Digitaal, tenzij"),
    ]),
    ("leadership", "Leiderschapskenmerken van bestuur en management", [
        ("vision", "Visie en ambitie"),
        ("digital_knowledge", "Kennis van digitale ontwikkelingen"),
        ("ownership", "Eigenaarschap en sturing"),
        ("governance_priorities", "Governance en prioritering"),
        ("engagement", "Draagvlak en betrokkenheid"),
        ("direction_collaboration", "Regie en samenwerking"),
    ]),
]
SCALE_NAME = {sid: name for _, _, scales in PILLARS for sid, name in scales}
QUADRANT_NAME = {
    "traditional": "Traditioneel",
    "industrialised": "Geïndustrialiseerd",
    "integrated_experience": "Geïntegreerde klantervaring",
    "future_ready": "Toekomstvoorbereid",
}
# The statements of the two ambition scales: (item id, reverse-worded, text).
ITEMS = {
    "customer_experience": [
        ("cx01", False, "Inwoners kunnen veelgevraagde producten, zoals een verhuizing doorgeven of een parkeervergunning aanvragen, volledig digitaal regelen."),
        ("cx09", False, "Ondernemers kunnen veelgevraagde zaken, zoals een evenementenvergunning aanvragen, volledig digitaal met ons regelen."),
        ("cx03", False, "Inwoners kunnen online volgen in welke fase hun aanvraag of melding is, bijvoorbeeld in een Mijn-omgeving of via MijnOverheid."),
        ("cx04", True, "Inwoners die online een aanvraag doen, moeten die regelmatig alsnog per telefoon, e-mail of aan de balie afronden."),
        ("cx05", False, "Inwoners krijgen dezelfde informatie en hetzelfde antwoord, of zij nu bellen, mailen, de website gebruiken of aan de balie komen."),
        ("cx10", False, "Wij wijzen inwoners uit eigen beweging op zaken die voor hen van belang zijn, zoals een regeling waar zij recht op hebben."),
        ("cx11", False, "Wij gebruiken uitkomsten van tevredenheidsmetingen aantoonbaar om onze digitale diensten te verbeteren."),
        ("cx12", False, "Onze website, inclusief de online formulieren, voldoet aan de toegankelijkheidseisen (WCAG)."),
    ],
    "operational_efficiency": [
        ("oe09", False, "De meeste aanvragen en meldingen handelen wij van binnenkomst tot en met archivering digitaal af."),
        ("oe10", True, "Medewerkers typen vaak gegevens over van het ene systeem in het andere."),
        ("oe03", False, "Medewerkers gebruiken in hun werk rechtstreeks de gegevens uit de basisregistraties, zoals BRP, BAG en BRK, in plaats van eigen kopieën."),
        ("oe11", False, "Bij aanschaf van applicaties eisen wij dat de gegevens via open standaarden buiten de applicatie beschikbaar zijn."),
        ("oe12", False, "Bij nieuwe applicaties veranderen wij ons werkproces, in plaats van de standaardsoftware te laten aanpassen."),
        ("oe13", True, "Wij gebruiken veel applicaties die grotendeels hetzelfde doen."),
        ("oe07", False, "Het MT krijgt periodiek stuurinformatie uit onze systemen, bijvoorbeeld over doorlooptijden en werkvoorraden."),
        ("oe08", False, "Routinematige stappen in werkprocessen, zoals het versturen van ontvangstbevestigingen of eenvoudige controles, zijn geautomatiseerd."),
    ],
}
CUTOFF_RULE = {
    "midpoint": "schaalmidden",
    "benchmark_mean": "gemiddelde van de benchmark",
    "benchmark_median": "mediaan van de benchmark",
}
AT_MARGIN = 3.0  # a deviation smaller than this counts as "at the benchmark"
HEAT_RANGE = 15.0  # the deviation at which a table cell has its darkest colour


def px(size):
    """A font size or line width given in pixels, in points."""
    return size * PT


def num(value):
    return f"{value:.1f}".replace(".", ",")


def signed(value):
    text = num(abs(value))
    return ("+" if value >= 0 else "\u2212") + text


def short(name):
    """'Gemeente Aldersum (fictief)' -> 'Aldersum'."""
    for prefix in ("Gemeente ", "gemeente "):
        if name.startswith(prefix):
            name = name[len(prefix):]
    if name.endswith(")") and " (" in name:
        name = name[: name.rindex(" (")]
    return name


def darker(colour, factor=0.65):
    r, g, b = matplotlib.colors.to_rgb(colour)
    return (r * factor, g * factor, b * factor)


def hashed(*parts):
    """A deterministic number in [0, 1) for the given key."""
    return (zlib.crc32(":".join(parts).encode()) & 0xFFFFFFFF) / 2**32


def deviation_colour(deviation):
    return BLUE_TEXT if deviation >= AT_MARGIN else ORANGE_TEXT if deviation <= -AT_MARGIN else GREY


# ------------------------------------------------------------------------------------ data


class Data:
    def __init__(self, scores, items):
        self.round = scores["round"]
        self.cutoff = scores["cutoff"]
        bench = scores.get("benchmark") or {}
        self.bench = bench.get("scores", {})
        self.bench_name = bench.get("name", "benchmark")
        year = bench.get("year")
        line = f"Benchmark: {self.bench_name}" + (f" {year}" if year else "")
        if bench.get("illustrative"):
            line += " \u2014 illustratief, geen echte meting"
        self.bench_line = line
        self.orgs = scores["organisations"]
        if not self.orgs:
            raise SystemExit("no organisations in the scores")
        for i, org in enumerate(self.orgs):
            org["colour"] = PALETTE[i % len(PALETTE)]
            org["short"] = short(org["name"])
        self.total = sum(org["respondents"] for org in self.orgs)
        self.subtitle = f"Samenwerking van {len(self.orgs)} deelnemers \u00b7 Ronde: {self.round}"
        self.respondents_note = (
            "Respondenten: "
            + " \u00b7 ".join(f"{o['short']} {o['respondents']}" for o in self.orgs)
            + f" (totaal {self.total})."
        )
        self.items = self._items(items)

    def scale_mean(self, scale):
        """The cooperation as a whole: the plain mean of the participants."""
        values = [o["scores"][scale] for o in self.orgs if o["scores"].get(scale) is not None]
        return sum(values) / len(values) if values else None

    def _items(self, items):
        """Per organisation and statement, the 0-100 score (reverse-worded ones flipped).

        From `rijp scores --disagreement --format json` when given (means on the 1-5 answer
        scale). Without it, the scores JSON has no statement-level numbers, so plausible ones
        are derived deterministically from the scale score: a fixed per-(organisation,
        statement) offset of up to +/-20, centred so the statements average to the scale
        score, and rounded to what the organisation's number of respondents can produce.
        """
        result = {}
        given = {}
        for row in items or []:
            if row.get("mean") is not None:
                given[(row["organisation"], row["item"])] = row["mean"]
        for org in self.orgs:
            for scale, statements in ITEMS.items():
                score = org["scores"].get(scale)
                if score is None:
                    continue
                if given:
                    for item, reverse, _ in statements:
                        mean = given.get((org["id"], item))
                        if mean is not None:
                            value = (mean - 1) / 4 * 100
                            result[(org["id"], item)] = 100 - value if reverse else value
                    continue
                offsets = np.array([hashed(org["id"], item) * 40 - 20 for item, _, _ in statements])
                values = np.clip(score + offsets - offsets.mean(), 0, 100)
                step = 25 / max(org["respondents"], 1)
                values = np.round(values / step) * step
                for (item, _, _), value in zip(statements, values):
                    result[(org["id"], item)] = float(value)
        return result

    @staticmethod
    def spread(org, scale):
        """The lowest and highest respondent score. Not in the scores JSON: derived
        deterministically around the organisation's mean."""
        score = org["scores"][scale]
        low = score - 8 - 10 * hashed(org["id"], scale, "low")
        high = score + 6 + 10 * hashed(org["id"], scale, "high")
        return max(low, 0.0), min(high, 100.0)

    @staticmethod
    def previous(org):
        """The position one round earlier, for the quadrant's arrows. Not in the scores JSON:
        derived deterministically as a shift of up to 20 points on each axis."""
        x = org["scores"]["operational_efficiency"] - (hashed(org["id"], "dx") * 40 - 20)
        y = org["scores"]["customer_experience"] - (hashed(org["id"], "dy") * 40 - 20)
        return min(max(x, 0.0), 100.0), min(max(y, 0.0), 100.0)

    @staticmethod
    def targets(org, scale):
        """The minimum and desired level. These live in the organisation files, not in the
        scores JSON: derived deterministically in the demo's range (minimum 43-48, desired 15
        points higher)."""
        minimum = 43.0 + int(hashed(org["id"], scale, "target") * 6)
        return minimum, minimum + 15.0


# ---------------------------------------------------------------------------------- output


def write_png(path, fig):
    """The Agg canvas as an opaque 8-bit RGB PNG at 150 dpi (matplotlib's own PNG is RGBA)."""
    fig.canvas.draw()
    rgb = np.asarray(fig.canvas.buffer_rgba())[:, :, :3]
    height, width, _ = rgb.shape
    rows = np.empty((height, 1 + width * 3), dtype=np.uint8)
    rows[:, 0] = 1  # filter type Sub: each byte minus the same channel one pixel to the left
    flat = rgb.reshape(height, width * 3)
    rows[:, 1:4] = flat[:, :3]
    rows[:, 4:] = flat[:, 3:] - flat[:, :-3]

    def chunk(tag, body):
        return struct.pack(">I", len(body)) + tag + body + struct.pack(">I", zlib.crc32(tag + body))

    per_metre = round(DPI / 0.0254)
    with open(path, "wb") as file:
        file.write(b"\x89PNG\r\n\x1a\n")
        file.write(chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)))
        file.write(chunk(b"pHYs", struct.pack(">IIB", per_metre, per_metre, 1)))
        file.write(chunk(b"IDAT", zlib.compress(rows.tobytes(), 6)))
        file.write(chunk(b"IEND", b""))


def save(fig, out_dir, stem):
    write_png(os.path.join(out_dir, stem + ".png"), fig)
    fig.savefig(os.path.join(out_dir, stem + ".svg"), format="svg", metadata={"Date": None})
    plt.close(fig)


# ---------------------------------------------------------------------------------- layout


class Page:
    """A 1600 x 1000 figure: header, footnotes, legends and table columns placed in pixels
    (y down) as figure text and on an overlay axes, and data axes placed in pixels."""

    def __init__(self, data, title, footnotes):
        self.fig = plt.figure(figsize=(W / DPI, H / DPI), dpi=DPI, facecolor="white")
        ov = self.fig.add_axes((0, 0, 1, 1))
        ov.set_xlim(0, W)
        ov.set_ylim(H, 0)
        ov.set_axis_off()
        ov.set_zorder(0)
        self.ov = ov
        self.text(48, 44, title, 32, weight="bold", va="top")
        self.text(48, 88, data.subtitle, 19, colour=GREY, va="top")
        self.text(48, 112, data.bench_line, 19, colour=BENCH_TEXT, va="top")
        self.line([48, 1552], [142, 142], RULE, 2)
        lines = [line for note in footnotes for line in textwrap.wrap(note, 185)]
        y = 962 - 19.5 * (len(lines) - 1)
        for line in lines:
            self.text(48, y, line, 14.5, colour=GREY)
            y += 19.5

    def text(self, x, y, s, size, colour=INK, ha="left", va="center", **kw):
        """Text at a pixel position; figure-level, so it stays on top of the data axes."""
        return self.fig.text(
            x / W, 1 - y / H, s, fontsize=px(size), color=colour, ha=ha, va=va, **kw
        )

    def line(self, xs, ys, colour, width, **kw):
        self.ov.add_line(Line2D(xs, ys, color=colour, linewidth=px(width), **kw))

    def rect(self, x, y, w, h, **kw):
        self.ov.add_patch(Rectangle((x, y), w, h, **kw))

    def axes(self, left, top, right, bottom, **kw):
        ax = self.fig.add_axes(
            (left / W, 1 - bottom / H, (right - left) / W, (bottom - top) / H), **kw
        )
        ax.set_zorder(1)
        ax.patch.set_visible(False)
        return ax

    def legend(self, entries, y, x=48, gap=30):
        """A row of legend entries: (draw(x, y) -> width of the glyph, label)."""
        renderer = self.fig.canvas.get_renderer()
        for draw, label in entries:
            glyph = draw(x, y)
            t = self.text(x + glyph + 10, y, label, 14.5, colour=GREY)
            width = t.get_window_extent(renderer).width
            x += glyph + 10 + width + gap


def value_axis(ax, label="Score (0\u2013100)"):
    ax.set_xlim(0, 100)
    ax.set_xticks(range(0, 101, 10))
    ax.grid(axis="x", color=GRID, linewidth=px(1.5))
    ax.set_axisbelow(True)
    ax.set_yticks([])
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.set_xlabel(label)
    ax.tick_params(axis="x", length=px(5), width=px(1.5))


def row_y(ax_top, ax_bottom, ylim, value):
    """The pixel height of a data y in an axes spanning ax_top..ax_bottom with ylim (top, bottom)."""
    top, bottom = ylim
    return ax_top + (value - top) / (bottom - top) * (ax_bottom - ax_top)


def footnotes_basis(data, org=None):
    first = (
        f"Basis: {org['respondents']} respondenten; {org.get('unknown_answers', 0)} onbekende antwoorden."
        if org
        else data.respondents_note
    )
    return [first, "Scores 0\u2013100: gemiddelde van de respondenten per organisatie."]


# ---------------------------------------------------------------------------------- charts


def chart_quadrant(data):
    page = Page(data, "Positie in het kwadrantenmodel", footnotes_basis(data))
    cx, cy = data.cutoff["x"], data.cutoff["y"]
    ax = page.axes(124, 160, 822, 858)
    ax.set_xlim(0, 100)
    ax.set_ylim(0, 100)
    ax.set_xticks(range(0, 101, 10))
    ax.set_yticks(range(0, 101, 10))
    ax.grid(color=GRID, linewidth=px(1.5))
    ax.set_axisbelow(True)
    ax.add_patch(Rectangle((0, cy), cx, 100 - cy, color="#F4F4F4", zorder=0))
    ax.add_patch(Rectangle((cx, 0), 100 - cx, cy, color="#F4F4F4", zorder=0))
    ax.axvline(cx, color="#333333", linestyle="--", linewidth=px(2))
    ax.axhline(cy, color="#333333", linestyle="--", linewidth=px(2))
    ax.set_xlabel("Operationele efficiëntie (score 0\u2013100)")
    ax.set_ylabel("Klantervaring (score 0\u2013100)")
    corner = dict(fontsize=px(15), color=LIGHT, weight="bold")
    ax.text(1.5, 98, QUADRANT_NAME["integrated_experience"], ha="left", va="top", **corner)
    ax.text(98.5, 98, QUADRANT_NAME["future_ready"], ha="right", va="top", **corner)
    ax.text(1.5, 2, QUADRANT_NAME["traditional"], ha="left", va="bottom", **corner)
    ax.text(98.5, 2, QUADRANT_NAME["industrialised"], ha="right", va="bottom", **corner)

    # Markers: the previous position with an arrow, the organisation, the benchmark and the
    # cooperation as a whole. Every marker is an obstacle for the labels, in pixels.
    def to_px(x, y):
        return 124 + x * 6.98, 858 - y * 6.98

    obstacles = []  # (left, top, right, bottom) in pixels, y down
    labels = []  # (text, x, y, marker radius in px, leader line)

    def mark(x, y, radius):
        mx_, my_ = to_px(x, y)
        obstacles.append((mx_ - radius, my_ - radius, mx_ + radius, my_ + radius))

    for org in data.orgs:
        x, y = org["scores"]["operational_efficiency"], org["scores"]["customer_experience"]
        colour = org["colour"]
        px0, py0 = data.previous(org)
        ax.scatter([px0], [py0], s=18, color=colour, edgecolors=darker(colour), linewidths=px(1.5), zorder=3)
        ax.annotate(
            "", xy=(x, y), xytext=(px0, py0),
            arrowprops=dict(arrowstyle="-|>", color=darker(colour), lw=px(2.5), shrinkA=3, shrinkB=9),
            zorder=3,
        )
        ax.scatter([x], [y], s=150, color=colour, edgecolors=darker(colour), linewidths=px(2.5), zorder=4)
        mark(px0, py0, 5)
        steps = int(np.hypot(x - px0, y - py0) / 2) + 1  # the arrow, sampled every two points
        for t in np.linspace(0, 1, steps + 1)[1:-1]:
            mark(px0 + (x - px0) * t, py0 + (y - py0) * t, 4)
        mark(x, y, 14)
        labels.append((org["short"], x, y, 14, False))

    bx, by = data.bench.get("operational_efficiency"), data.bench.get("customer_experience")
    if bx is not None and by is not None:
        ax.scatter([bx], [by], marker="D", s=110, facecolor="white", edgecolors="#333333", linewidths=px(3), zorder=4)
        mark(bx, by, 13)
        labels.append(("Benchmark", bx, by, 13, True))
    mx, my = data.scale_mean("operational_efficiency"), data.scale_mean("customer_experience")
    ax.scatter([mx], [my], s=300, facecolor="white", edgecolors=INK, linewidths=px(3), zorder=4)
    ax.scatter([mx], [my], s=18, color=INK, zorder=5)
    mark(mx, my, 19)
    labels.append(("Samenwerking als geheel", mx, my, 19, True))

    def overlap(a, b):
        w = min(a[2], b[2]) - max(a[0], b[0])
        h = min(a[3], b[3]) - max(a[1], b[1])
        return w * h if w > 0 and h > 0 else 0.0

    # Greedy placement: the first candidate position that overlaps nothing, else the least bad.
    # Labels with a leader line try positions further away.
    for text, x, y, radius, leader in labels:
        ax_, ay_ = to_px(x, y)
        width, height = len(text) * 11.5, 22
        gap = radius + 6
        near = [(0, -gap, "center", "bottom"), (gap, 0, "left", "center"), (-gap, 0, "right", "center"),
                (0, gap, "center", "top"), (gap, -gap, "left", "bottom"), (-gap, -gap, "right", "bottom"),
                (gap, gap, "left", "top"), (-gap, gap, "right", "top")]
        far = [(dx * k, dy * k, ha, va) for k in (40, 70, 100)
               for dx, dy, ha, va in ((-1, -1, "right", "bottom"), (-1, 1, "right", "top"),
                                      (1, 1, "left", "top"), (1, -1, "left", "bottom"))]
        best = None
        for dx, dy, ha, va in far if leader else near:
            left = ax_ + dx - {"left": 0, "center": width / 2, "right": width}[ha]
            top_ = ay_ + dy - {"top": 0, "center": height / 2, "bottom": height}[va]
            box = (left, top_, left + width, top_ + height)
            cost = sum(overlap(box, o) for o in obstacles)
            if leader:  # the leader line should cross no label and no other marker
                for t in np.linspace(0, 1, 12):
                    sx, sy = ax_ + dx * t, ay_ + dy * t
                    if np.hypot(sx - ax_, sy - ay_) > radius + 2:
                        cost += 40 * sum(overlap((sx - 2, sy - 2, sx + 2, sy + 2), o) > 0 for o in obstacles)
            if box[0] < 130 or box[2] > 816 or box[1] < 166 or box[3] > 852:
                cost += width * height
            if best is None or cost < best[0]:
                best = (cost, box, dx, dy, ha, va)
            if cost == 0:
                break
        _, box, dx, dy, ha, va = best
        obstacles.append(box)
        arrow = (dict(arrowstyle="-", color="#333333", lw=px(1), shrinkA=2, shrinkB=radius * PT + 1)
                 if leader else None)
        ax.annotate(
            text, (x, y), xytext=(dx, -dy), textcoords="offset pixels", ha=ha, va=va,
            fontsize=px(17), weight="bold", color=INK, zorder=5, arrowprops=arrow,
        )

    # The legend to the right of the plot.
    x0, y = 870, 172
    page.text(x0, y, "Deelnemers", 17, weight="bold")
    y += 30
    for org in data.orgs:
        ox, oy = org["scores"]["operational_efficiency"], org["scores"]["customer_experience"]
        page.ov.scatter([x0 + 15], [y], s=70, color=org["colour"], edgecolors=darker(org["colour"]), linewidths=px(2))
        page.text(x0 + 38, y, org["name"], 17)
        page.text(
            x0 + 38, y + 21,
            f"{QUADRANT_NAME.get(org['quadrant'], org['quadrant'])} \u00b7 Operatie {num(ox)} \u00b7 Klant {num(oy)}",
            14.5, colour=GREY,
        )
        y += 50
    quadrant = ("future_ready" if my >= cy else "industrialised") if mx >= cx else (
        "integrated_experience" if my >= cy else "traditional")
    page.ov.scatter([x0 + 15], [y], s=90, facecolor="white", edgecolors=INK, linewidths=px(2.5))
    page.ov.scatter([x0 + 15], [y], s=6, color=INK)
    page.text(x0 + 38, y, "Samenwerking als geheel", 17)
    page.text(x0 + 38, y + 21, f"{QUADRANT_NAME[quadrant]} \u00b7 Operatie {num(mx)} \u00b7 Klant {num(my)}", 14.5, colour=GREY)
    y += 50
    if bx is not None and by is not None:
        page.ov.scatter([x0 + 15], [y], marker="D", s=50, facecolor="white", edgecolors="#333333", linewidths=px(2.5))
        page.text(x0 + 38, y, f"Benchmark: {data.bench_name}", 17)
        page.text(x0 + 38, y + 21, f"Operatie {num(bx)} \u00b7 Klant {num(by)}", 14.5, colour=BENCH_TEXT)
        y += 50
    page.line([x0 + 5, x0 + 27], [y, y], "#333333", 2, linestyle="--")
    page.text(x0 + 38, y, f"Grens laag/hoog: {CUTOFF_RULE.get(data.cutoff['rule'], data.cutoff['rule'])} (x {num(cx)} / y {num(cy)})", 17)
    y += 31
    page.ov.annotate("", xy=(x0 + 28, y), xytext=(x0 + 4, y), arrowprops=dict(arrowstyle="-|>", color=GREY, lw=px(2)))
    page.text(x0 + 38, y, "Pijl: verschuiving sinds de vorige ronde", 17)
    return page.fig


def chart_dimension(data, scale):
    name = SCALE_NAME[scale]
    orgs = sorted(
        (o for o in data.orgs if o["scores"].get(scale) is not None),
        key=lambda o: -o["scores"][scale],
    )
    bench = data.bench.get(scale)
    mean = data.scale_mean(scale)
    footnotes = [data.respondents_note, "Scores 0\u2013100: gemiddelde van de respondenten per organisatie."]
    page = Page(data, f"{name}: de deelnemers vergeleken", footnotes)
    top, bottom = 190, 825
    ax = page.axes(475, top, 1456, bottom)
    value_axis(ax)
    rows = len(orgs) + 1
    ylim = (-0.6, rows - 0.4)
    ax.set_ylim(ylim[1], ylim[0])  # row 0 at the top
    for i, org in enumerate(orgs):
        score = org["scores"][scale]
        ax.barh(i, score, height=0.42, color=org["colour"])
        if org["respondents"] >= 5:
            low, high = data.spread(org, scale)
            ax.errorbar(
                score, i, xerr=[[score - low], [high - score]], fmt="none",
                ecolor=darker(org["colour"]), elinewidth=px(2), capsize=px(16), capthick=px(2),
            )
        y = row_y(top, bottom, (ylim[0], ylim[1]), i)
        page.text(435, y - 9, org["short"], 17, ha="right")
        page.text(435, y + 11, f"n = {org['respondents']}", 14.5, colour=GREY, ha="right")
        page.ov.scatter([455], [y], s=55, color=org["colour"], edgecolors=darker(org["colour"]), linewidths=px(1.5))
        page.text(1552, y, num(score), 17, weight="bold", ha="right")
    i = len(orgs)
    ax.barh(i, mean, height=0.42, color="#A8A8A8", edgecolor="#444444", linewidth=px(1.5))
    y = row_y(top, bottom, ylim, i)
    page.text(435, y - 9, "Samenwerking als geheel", 17, weight="bold", ha="right")
    page.text(435, y + 13, f"n = {data.total}", 14.5, colour=GREY, ha="right")
    page.text(1552, y, num(mean), 17, weight="bold", ha="right")
    page.text(1552, 174, "Score", 14.5, colour=GREY, ha="right")
    entries = []
    if bench is not None:
        ax.axvline(bench, color="#333333", linestyle="--", linewidth=px(3))
        ax.scatter([bench], [ylim[0]], marker="D", s=70, facecolor="white", edgecolors="#333333",
                   linewidths=px(2), clip_on=False, zorder=5)
        ax.annotate(f"Benchmark {num(bench)}", (bench, ylim[0]), xytext=(10, 0), textcoords="offset points",
                    va="center", fontsize=px(15), weight="bold", color=INK, annotation_clip=False)

        def diamond(x, y):
            page.ov.scatter([x + 8], [y], marker="D", s=30, facecolor="white", edgecolors="#333333", linewidths=px(1.5))
            page.line([x + 8, x + 8], [y - 10, y + 10], "#333333", 1.5)
            return 16

        entries.append((diamond, f"Benchmark: {data.bench_name} ({num(bench)})"))

    def errorbar(x, y):
        page.line([x, x + 24], [y, y], "#333333", 1.5)
        page.line([x, x], [y - 6, y + 6], "#333333", 1.5)
        page.line([x + 24, x + 24], [y - 6, y + 6], "#333333", 1.5)
        return 24

    def box(x, y):
        page.rect(x, y - 7, 20, 14, facecolor="#A8A8A8", edgecolor="#444444", linewidth=px(1.5))
        return 20

    entries += [
        (errorbar, "spreiding tussen de respondenten (laagste tot hoogste score)"),
        (box, "samenwerking als geheel: gemiddelde van de deelnemers"),
    ]
    page.legend(entries, 908)
    return page.fig


def chart_statements(data, scale):
    name = SCALE_NAME[scale]
    statements = ITEMS[scale]
    footnotes = [
        data.respondents_note,
        "Per stelling het gemiddelde van de respondenten die haar beantwoordden "
        "(0 = helemaal oneens, 100 = helemaal eens; \u2018weet niet\u2019 telt niet mee).",
        "* Omgekeerd geformuleerde stelling: de score is gespiegeld, zodat hoger altijd beter is.",
        "De benchmark heeft geen cijfers per stelling; zie de grafiek van de hele dimensie.",
    ]
    page = Page(data, f"{name} per stelling", footnotes)
    top, bottom = 160, 790
    ax = page.axes(673, top, 1538, bottom)
    value_axis(ax)
    n = len(statements)
    ylim = (-0.5, n - 0.5)
    ax.set_ylim(ylim[1], ylim[0])
    count = len(data.orgs)
    offsets = [(-0.3 + 0.6 * k / max(count - 1, 1)) for k in range(count)]
    for row, (item, reverse, text) in enumerate(statements):
        y0 = row_y(top, bottom, ylim, row - 0.5)
        y1 = row_y(top, bottom, ylim, row + 0.5)
        if row % 2:
            page.rect(40, y0, 1538 - 40, y1 - y0, facecolor="#F3F4F6", edgecolor="none")
        label = text + (" *" if reverse else "")
        page.text(48, (y0 + y1) / 2, "\n".join(textwrap.wrap(label, 64)), 15, linespacing=1.25)
        values = [(k, data.items.get((o["id"], item))) for k, o in enumerate(data.orgs)]
        values = [(k, v) for k, v in values if v is not None]
        if not values:
            continue
        vs = [v for _, v in values]
        ax.hlines(row, min(vs), max(vs), color="#C4C4C4", linewidth=px(3), zorder=2)
        for k, v in values:
            org = data.orgs[k]
            ax.scatter([v], [row + offsets[k]], s=95, color=org["colour"], edgecolors=darker(org["colour"]),
                       linewidths=px(2), zorder=3)

    def dot(colour):
        def draw(x, y):
            page.ov.scatter([x + 8], [y], s=55, color=colour, edgecolors=darker(colour), linewidths=px(1.5))
            return 16
        return draw

    page.legend([(dot(o["colour"]), o["name"]) for o in data.orgs], 870)
    return page.fig


def summary(block, scales):
    if not block:
        return ""
    word = {"above": "boven", "below": "onder", "at": "rond"}.get(block.get("overall"), "rond")

    def names(ids):
        ids = [SCALE_NAME.get(i, i) for i in ids]
        return ids[0] if len(ids) == 1 else ", ".join(ids[:-1]) + " en " + ids[-1]

    text = f"Gemiddeld {word} de benchmark ({signed(block.get('mean_deviation', 0.0))})."
    if block.get("furthest_above"):
        text += f" Verst erboven: {names(block['furthest_above'])}."
    if block.get("furthest_below"):
        text += f" Verst eronder: {names(block['furthest_below'])}."
    return text


def chart_profile(data, org, pillar):
    pid, pname, scales = next(p for p in PILLARS if p[0] == pillar)
    page = Page(data, f"{pname}: {org['name']}", footnotes_basis(data, org))
    lines = textwrap.wrap(summary(org.get(pillar), scales), 150)
    for k, line in enumerate(lines):
        page.text(48, 170 + 22 * k, line, 17, weight="bold")
    header = 170 + 22 * len(lines) + 12
    for x, label in ((1352, "Score"), (1464, "Benchmark"), (1552, "Verschil")):
        page.text(x, header, label, 14.5, colour=GREY, ha="right")
    top, bottom = header + 22, 825
    ax = page.axes(460, top, 1240, bottom)
    value_axis(ax)
    n = len(scales)
    ylim = (-0.5, n - 0.5)
    ax.set_ylim(ylim[1], ylim[0])
    for row, (scale, name) in enumerate(scales):
        score = org["scores"].get(scale)
        bench = data.bench.get(scale)
        y = row_y(top, bottom, ylim, row)
        page.text(48, y, "\n".join(textwrap.wrap(name, 38)), 17, linespacing=1.2)
        if row:
            page.line([48, 1552], [row_y(top, bottom, ylim, row - 0.5)] * 2, GRID, 1.5)
        if score is not None:
            ax.barh(row, score, height=0.55, color=org["colour"])
            page.text(1352, y, num(score), 17, weight="bold", ha="right")
        if bench is not None:
            ax.vlines(bench, row - 0.45, row + 0.45, color=INK, linestyle=(0, (2, 2)), linewidth=px(2), zorder=3)
            ax.scatter([bench], [row], marker="D", s=75, facecolor="white", edgecolors="#333333",
                       linewidths=px(2), zorder=4)
            page.text(1464, y, num(bench), 17, colour=GREY, ha="right")
        deviation = org.get("deviations", {}).get(scale)
        if deviation is not None:
            page.text(1552, y, signed(deviation), 17, colour=deviation_colour(deviation), weight="bold", ha="right")

    def box(x, y):
        page.rect(x, y - 6, 20, 12, facecolor=org["colour"], edgecolor="none")
        return 20

    def diamond(x, y):
        page.ov.scatter([x + 8], [y], marker="D", s=30, facecolor="white", edgecolors="#333333", linewidths=px(1.5))
        page.line([x + 8, x + 8], [y - 10, y + 10], "#333333", 1.5, linestyle=(0, (2, 2)))
        return 16

    page.legend([(box, org["name"]), (diamond, f"Benchmark: {data.bench_name}")], 908)
    return page.fig


HEAT = LinearSegmentedColormap.from_list(
    "deviation", ["#B34700", "#D9A27E", "#F2EEEA", "#7EA9C2", "#005A8C"]
)


def chart_table(data, pillar):
    pid, pname, scales = next(p for p in PILLARS if p[0] == pillar)
    footnotes = [
        data.respondents_note,
        "Scores 0\u2013100: gemiddelde van de respondenten per organisatie.",
        "Volledige namen: " + "; ".join(f"{o['short']} = {o['name']}" for o in data.orgs) + ".",
    ]
    page = Page(data, f"{pname} per deelnemer", footnotes)
    n, m = len(scales), len(data.orgs)
    left, right, top, bottom = 425, 1275, 225, 825
    ax = page.axes(left, top, right, bottom)
    deviations = np.array([[o.get("deviations", {}).get(s, np.nan) for o in data.orgs] for s, _ in scales])
    ax.imshow(np.nan_to_num(deviations), cmap=HEAT, vmin=-HEAT_RANGE, vmax=HEAT_RANGE, aspect="auto",
              interpolation="nearest", extent=(-0.5, m - 0.5, n - 0.5, -0.5))
    ax.set_xlim(-0.5, m - 0.5)
    ax.set_ylim(n - 0.5, -0.5)
    for k in range(m + 1):
        ax.axvline(k - 0.5, color="white", linewidth=px(6))
    for k in range(n + 1):
        ax.axhline(k - 0.5, color="white", linewidth=px(6))
    ax.set_axis_off()
    cell_h = (bottom - top) / n
    cell_w = (right - left) / m
    for j, org in enumerate(data.orgs):
        page.text(left + cell_w * (j + 0.5), top - 16, org["short"], 15, weight="bold", ha="center")
    page.text(1374, top - 16, "Benchmark", 15, weight="bold", ha="center")
    for i, (scale, name) in enumerate(scales):
        y = top + cell_h * (i + 0.5)
        page.text(48, y, "\n".join(textwrap.wrap(name, 36)), 17, linespacing=1.2)
        if i:
            page.line([48, left - 10], [top + cell_h * i] * 2, GRID, 1.5)
        for j, org in enumerate(data.orgs):
            score = org["scores"].get(scale)
            deviation = deviations[i, j]
            if score is None:
                continue
            dark = not np.isnan(deviation) and abs(deviation) >= 0.7 * HEAT_RANGE
            colour = "white" if dark else INK
            ax.text(j, i - 0.12, num(score), ha="center", va="center", fontsize=px(17), weight="bold", color=colour)
            if not np.isnan(deviation):
                ax.text(j, i + 0.2, signed(deviation), ha="center", va="center", fontsize=px(14.5), color=colour)
        bench = data.bench.get(scale)
        page.rect(1290, top + cell_h * i + 3, 168, cell_h - 6, facecolor="#F5F5F3", edgecolor="#AAAAAA", linewidth=px(1.5))
        if bench is not None:
            page.text(1374, y, num(bench), 17, weight="bold", ha="center")
    for k, value in enumerate(np.linspace(-HEAT_RANGE, HEAT_RANGE, 5)):
        page.rect(left + 34 * k, 842, 34, 16, facecolor=HEAT((value + HEAT_RANGE) / (2 * HEAT_RANGE)), edgecolor="none")
    page.text(left + 34 * 5 + 12, 850,
              f"blauw: boven de benchmark, oranje: eronder; hoe donkerder, hoe verder (\u00b1{num(HEAT_RANGE)})",
              14.5, colour=GREY)
    return page.fig


def chart_targets(data, org):
    page = Page(data, f"{org['name']}: afstand tot de doelniveaus", footnotes_basis(data, org))
    rows = []  # (kind, pillar name or scale id)
    for _, pname, scales in PILLARS:
        rows.append(("header", pname))
        rows += [("scale", sid) for sid, _ in scales]
    top, bottom = 185, 825
    ax = page.axes(445, top, 1192, bottom)
    value_axis(ax)
    ylim = (-0.5, len(rows) - 0.5)
    ax.set_ylim(ylim[1], ylim[0])
    page.text(1282, 168, "Score", 14.5, colour=GREY, ha="right")
    page.text(1552, 168, "Verschil met minimum / gewenst", 14.5, colour=GREY, ha="right")
    for row, (kind, key) in enumerate(rows):
        y = row_y(top, bottom, ylim, row)
        if kind == "header":
            if row:
                page.line([48, 1552], [row_y(top, bottom, ylim, row - 0.5)] * 2, "#CCCCCC", 1.5)
            page.text(48, y, key, 15, colour=GREY, weight="bold")
            continue
        name = SCALE_NAME[key]
        if len(name) > 42:
            name = name[:41].rstrip() + "\u2026"
        page.text(64, y, name, 15)
        score = org["scores"].get(key)
        minimum, desired = data.targets(org, key)
        ax.barh(row, desired - minimum, left=minimum, height=0.6, color=ZONE, zorder=1)
        if score is not None:
            colour = BELOW if score < minimum else BETWEEN if score < desired else REACHED
            ax.barh(row, score, height=0.5, color=colour, zorder=2)
            page.text(1282, y, num(score), 15, weight="bold", ha="right")
            page.text(1552, y, f"{signed(score - minimum)} / {signed(score - desired)}", 15, weight="bold",
                      colour=ORANGE_TEXT if score < minimum else INK, ha="right")
        ax.vlines(minimum, row - 0.38, row + 0.38, color="#222222", linewidth=px(4), zorder=3)
        ax.vlines(desired, row - 0.38, row + 0.38, color=BLUE_TEXT, linewidth=px(4), zorder=3)

    def box(colour):
        def draw(x, y):
            page.rect(x, y - 6, 20, 12, facecolor=colour, edgecolor="none")
            return 20
        return draw

    def tick(colour):
        def draw(x, y):
            page.line([x + 4, x + 4], [y - 9, y + 9], colour, 4)
            return 8
        return draw

    page.legend([
        (box(BELOW), "onder het minimum"),
        (box(BETWEEN), "tussen minimum en gewenst"),
        (box(REACHED), "gewenst niveau bereikt"),
        (box(ZONE), "doelzone (minimum tot gewenst)"),
        (tick("#222222"), "Minimumniveau"),
        (tick(BLUE_TEXT), "Gewenst niveau"),
    ], 908)
    return page.fig


# ------------------------------------------------------------------------------------ main


def main(argv):
    if len(argv) not in (3, 4):
        sys.stderr.write("usage: charts_matplotlib.py SCORES_JSON OUT_DIR [ITEMS_JSON]\n")
        return 2
    with open(argv[1], encoding="utf-8") as file:
        scores = json.load(file)
    items = None
    if len(argv) == 4:
        with open(argv[3], encoding="utf-8") as file:
            items = json.load(file)
    data = Data(scores, items)
    out = argv[2]
    os.makedirs(out, exist_ok=True)

    save(chart_quadrant(data), out, "01-kwadrant")
    save(chart_dimension(data, "operational_efficiency"), out, "02-operationele-efficientie")
    save(chart_statements(data, "operational_efficiency"), out, "02-operationele-efficientie-per-stelling")
    save(chart_dimension(data, "customer_experience"), out, "03-klantervaring")
    save(chart_statements(data, "customer_experience"), out, "03-klantervaring-per-stelling")
    for org in data.orgs:
        save(chart_profile(data, org, "culture"), out, f"04-cultuurprofiel-{org['id']}")
    save(chart_table(data, "culture"), out, "05-cultuur-per-deelnemer")
    save(chart_table(data, "leadership"), out, "06-leiderschap-per-deelnemer")
    for org in data.orgs:
        save(chart_profile(data, org, "leadership"), out, f"06-leiderschapsprofiel-{org['id']}")
    for org in data.orgs:
        save(chart_targets(data, org), out, f"07-doelniveaus-{org['id']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
