#!/usr/bin/env python3
"""Builds models/china_map.tsv: the outlines of China's province-level units
as compact SVG paths and a point for every city, for the region map of
report.html and `baokan region --report` (docs/region.md, "The map").

Source: the npm package echarts, version 4.9.0 (Apache-2.0), fetched with
`npm pack` and checked against the sha512 integrity pinned below; read are
map/json/china.json (34 province-level outlines, Hong Kong, Macao and Taiwan
included) and map/json/province/*.json (each city's centre point `cp`).
Nothing else is read, so the output depends only on the package bytes.

The outlines are projected (Albers equal-area conic, standard parallels 25°N
and 47°N, central meridian 105°E, the usual projection for maps of China)
onto a canvas WIDTH units wide, rounded to whole units, simplified
(Douglas-Peucker, tolerance TOLERANCE units) and written as relative path
commands; rings that shrink below MIN_RING_AREA square units are dropped
(small islands), but every unit keeps its largest ring.

    scripts/build_china_map.py                  # npm pack, write models/china_map.tsv
    scripts/build_china_map.py --tarball T.tgz  # use a tarball already on disk
    scripts/build_china_map.py --check          # exit 1 if models/china_map.tsv differs

Rows (tab-separated; see docs/region.md):
    code  level  name  x  y  flags  path
province rows: code and name as in models/regions.tsv, (x, y) the capital's
point, `path` the outline; flags `small` when the outline is too small to
see at the map's size (Hong Kong, Macao), so the map adds a marker. city
rows: (x, y) the city's point, no path. The first comment line after the
source gives the canvas size.
"""

import io, json, math, os, sys, tarfile

import npm_package

PACKAGE = "echarts"
VERSION = "4.9.0"
INTEGRITY = ("sha512-+ugizgtJ+KmsJyyDPxaw2Br5FqzuBnyOWwcxPKO6y0gc5caYcfnEUIlNStx02necw8jm"
             "KmTafmpHhGo4XDtEIA==")
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WIDTH = 1000           # canvas width in map units; the height follows the shape
MARGIN = 10            # units left free around the outlines
TOLERANCE = 1.2        # Douglas-Peucker tolerance, map units
MIN_RING_AREA = 12.0   # square map units; smaller islands are dropped
SMALL_EXTENT = 8       # a unit whose outline spans fewer units gets a marker
ENCODE_SCALE = 1024.0  # echarts' coordinate encoding (UTF8Encoding)
# Albers equal-area conic for China.
PARALLELS = (25.0, 47.0)
CENTRAL_MERIDIAN = 105.0
REFERENCE_LATITUDE = 0.0
MUNICIPALITIES = {"11", "12", "31", "50"}


def albers(lon, lat):
    p1, p2 = (math.radians(p) for p in PARALLELS)
    n = (math.sin(p1) + math.sin(p2)) / 2
    c = math.cos(p1) ** 2 + 2 * n * math.sin(p1)
    rho0 = math.sqrt(c - 2 * n * math.sin(math.radians(REFERENCE_LATITUDE))) / n
    rho = math.sqrt(c - 2 * n * math.sin(math.radians(lat))) / n
    theta = n * math.radians(lon - CENTRAL_MERIDIAN)
    return rho * math.sin(theta), -(rho0 - rho * math.cos(theta))  # y grows downwards


def decode_ring(encoded, offset):
    """One ring of echarts' UTF8Encoding: pairs of characters, each a
    zig-zag delta from the previous point, starting at `offset`."""
    x, y = offset
    points = []
    for i in range(0, len(encoded) - 1, 2):
        dx, dy = ord(encoded[i]) - 64, ord(encoded[i + 1]) - 64
        x += (dx >> 1) ^ -(dx & 1)
        y += (dy >> 1) ^ -(dy & 1)
        points.append((x / ENCODE_SCALE, y / ENCODE_SCALE))
    return points


def polygons(geometry):
    """The rings of a feature, polygon by polygon, as lists of (lon, lat);
    a geometry without encodeOffsets is plain GeoJSON."""
    if "encodeOffsets" not in geometry:
        coordinates = geometry["coordinates"]
        parts = [coordinates] if geometry["type"] == "Polygon" else coordinates
        return [[[tuple(p) for p in ring] for ring in rings] for rings in parts]
    if geometry["type"] == "Polygon":
        parts = [(geometry["coordinates"], geometry["encodeOffsets"])]
    else:
        parts = zip(geometry["coordinates"], geometry["encodeOffsets"])
    return [[decode_ring(r, o) for r, o in zip(rings, offsets)] for rings, offsets in parts]


def simplify(points, tolerance):
    """Douglas-Peucker on a closed ring (first point kept)."""
    if len(points) < 4:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        a, b = stack.pop()
        (ax, ay), (bx, by) = points[a], points[b]
        length = math.hypot(bx - ax, by - ay)
        best, best_i = 0.0, -1
        for i in range(a + 1, b):
            px, py = points[i]
            d = (abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length if length
                 else math.hypot(px - ax, py - ay))
            if d > best:
                best, best_i = d, i
        if best > tolerance:
            keep[best_i] = True
            stack += [(a, best_i), (best_i, b)]
    return [p for p, k in zip(points, keep) if k]


def area(ring):
    return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]))) / 2


def path_of(rings):
    """Rings of whole-unit points as an SVG path: absolute move, then relative
    lines with implicit repetition (`M12 40l3 -1 4 2z`)."""
    out = []
    for ring in rings:
        (x0, y0), rest = ring[0], ring[1:]
        steps, (px, py) = [], ring[0]
        for x, y in rest:
            steps.append(f"{x - px} {y - py}")
            px, py = x, y
        out.append(f"M{x0} {y0}l" + " ".join(steps) + "z")
    return "".join(out)


def regions():
    """code -> (level, parent, name, aliases) from models/regions.tsv."""
    units = {}
    with open(os.path.join(ROOT, "models", "regions.tsv"), encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if line.startswith("#") or c[0] == "code" or len(c[0]) != 6:
                continue
            units[c[0]] = (c[1], c[2], c[3], [a for a in c[4].split(",") if a])
    return units


def point_of(feature):
    """A feature's point: its `cp` (the seat of government), else the mean of
    its largest ring's points."""
    if "cp" in feature["properties"]:
        return tuple(feature["properties"]["cp"])
    ring = max((r for p in polygons(feature["geometry"]) for r in p), key=len)
    return (sum(x for x, _ in ring) / len(ring), sum(y for _, y in ring) / len(ring))


def base_name(name):
    """A former prefecture's name without its suffix (那曲地区 -> 那曲), to
    find the city that replaced it."""
    for suffix in ("地区", "盟"):
        if name.endswith(suffix):
            return name[:-len(suffix)]
    return name


def city_points(features_by_file, units):
    """(code, name, lon, lat) of every city a province file names: a feature
    matches a city of regions.tsv by official name or short form, within the
    province most of the file's names belong to. Municipalities are one city
    (their 市辖区 code) at the province's capital, added by the caller."""
    by_name = {}
    for code, (level, _, name, aliases) in units.items():
        if level == "city":
            for n in [name] + aliases:
                by_name.setdefault(n, set()).add(code)
    points, unmatched = [], []
    for file_name, features in sorted(features_by_file.items()):
        votes = {}
        for f in features:
            codes = by_name.get(f["properties"]["name"], set())
            if len(codes) == 1:
                p = next(iter(codes))[:2]
                votes[p] = votes.get(p, 0) + 1
        if not votes:
            continue  # a municipality's districts, or Hong Kong, Macao, Taiwan
        province = max(sorted(votes), key=votes.get)
        if province in MUNICIPALITIES:
            continue
        for f in features:
            name = f["properties"]["name"]
            codes = [c for c in by_name.get(name, by_name.get(base_name(name), ()))
                     if c[:2] == province]
            if len(codes) == 1:
                lon, lat = point_of(f)
                points.append((codes[0], units[codes[0]][2], lon, lat))
            else:
                unmatched.append(name)
    return points, unmatched


def build(data):
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tar:
        china = json.load(tar.extractfile("package/map/json/china.json"))
        provinces = {}
        for m in tar.getmembers():
            if m.name.startswith("package/map/json/province/") and m.name.endswith(".json"):
                provinces[os.path.basename(m.name)] = json.load(tar.extractfile(m))["features"]
    units = regions()
    shapes = []  # (code, name, cp, [rings in projected floats])
    for f in china["features"]:
        code = f["properties"]["id"]
        if code not in units or units[code][0] != "province":
            sys.exit(f"build_china_map: china.json unit {code} is not a province of regions.tsv")
        rings = [[albers(lon, lat) for lon, lat in ring]
                 for polygon in polygons(f["geometry"]) for ring in polygon]
        shapes.append((code, units[code][2], albers(*f["properties"]["cp"]), rings))
    cities, unmatched = city_points(provinces, units)
    for code, name, _, _ in shapes:
        if code[:2] in MUNICIPALITIES:
            cities.append((code[:2] + "0100", units[code][2], *next(
                f["properties"]["cp"] for f in china["features"] if f["properties"]["id"] == code)))
    # The canvas holds every outline and every city point (三沙 lies south
    # of Hainan's outline).
    points = [p for s in shapes for r in s[3] for p in r] + [albers(c[2], c[3]) for c in cities]
    xs = [x for x, _ in points]
    ys = [y for _, y in points]
    scale = (WIDTH - 2 * MARGIN) / (max(xs) - min(xs))
    height = round((max(ys) - min(ys)) * scale) + 2 * MARGIN

    def to_canvas(p):
        return (round((p[0] - min(xs)) * scale) + MARGIN, round((p[1] - min(ys)) * scale) + MARGIN)

    rows = []
    for code, name, cp, rings in sorted(shapes):
        kept = []
        for ring in rings:
            pts = [to_canvas(p) for p in ring]
            pts = [p for i, p in enumerate(pts) if i == 0 or p != pts[i - 1]]
            pts = simplify(pts + [pts[0]], TOLERANCE)[:-1]
            kept.append(pts)
        largest = max(kept, key=area)
        kept = [r for r in kept if r is largest or (len(r) >= 3 and area(r) >= MIN_RING_AREA)]
        all_x = [x for r in kept for x, _ in r]
        all_y = [y for r in kept for _, y in r]
        small = max(max(all_x) - min(all_x), max(all_y) - min(all_y)) < SMALL_EXTENT
        x, y = to_canvas(cp)
        rows.append((code, "province", name, x, y, "small" if small else "", path_of(kept)))
    for code, name, lon, lat in sorted(set(cities)):
        x, y = to_canvas(albers(lon, lat))
        rows.append((code, "city", name, x, y, "", ""))
    return WIDTH, height, rows, unmatched


def render(width, height, rows):
    lines = [
        "# baokan region map: outlines of China's province-level units and city points.",
        f"# Generated by scripts/build_china_map.py from the npm package {PACKAGE}@{VERSION}",
        f"# (Apache-2.0; integrity {INTEGRITY});",
        "# do not edit by hand. Albers conic (25N, 47N, 105E), whole map units.",
        f"# canvas {width} {height}",
        "code\tlevel\tname\tx\ty\tflags\tpath",
    ]
    lines += ["\t".join(str(v) for v in r) for r in rows]
    return "\n".join(lines) + "\n"


def main():
    def make_text(data):
        width, height, rows, unmatched = build(data)
        text = render(width, height, rows)
        cities = sum(1 for r in rows if r[1] == "city")
        return text, (f"{len(rows) - cities} outlines, {cities} city points, "
                      f"{len(text) // 1000} kB; no dot for the package's {len(unmatched)} units "
                      "that are no city of regions.tsv: counties under a province, merged cities")
    npm_package.run("build_china_map", __doc__.splitlines()[0], "china_map.tsv", PACKAGE, VERSION,
                    INTEGRITY, make_text)


if __name__ == "__main__":
    main()
