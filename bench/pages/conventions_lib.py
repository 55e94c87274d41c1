"""conventions_lib: page descriptions, renderer and gold writer shared by the conventions sets.

A set is a Python file (conventions_pages.py, conventions_pages2.py, conventions_pages3.py) that
describes its pages once, P(...) with A(...) articles and X(...) non-article blocks, and ends
with `sys.exit(write_set(OUT, PAGES))`.  write_set renders each page as extracted text
(OUT/text/<page>.txt) and writes the gold of its articles (OUT/gold.jsonl, the format of
../shared/corpus/gold/ plus date, edition and section); the first/last anchors come from the same
data as the text, and write_set checks that each occurs exactly once on its page.

Contract: the knobs added for a later set (A.wrap, A.indent, an indent given as a string,
P(blank="items")) default to the behaviour the first set was written with, so its pages render
byte for byte as they did before this file existed.
"""
import json, os, re

PAGES = []

# Closing punctuation that never starts a wrapped line (kinsoku).
NOSTART = "，。、；：？！”’）》」』…—%"
# The paragraph indent of `indent=True`: two full-width spaces.
FULL_INDENT = "\u3000\u3000"
# Page and article counts write_set accepts; anchors shorter than this are flagged.
MIN_ARTICLES, MAX_ARTICLES, MIN_ANCHOR = 3, 10, 8


class A:
    """An article.  body: paragraphs separated by newlines.

    wrap / indent: this article's own line width and paragraph indent (None: the page's), for a
    boxed item set narrower than the page or a column that is not indented.
    verse: the body is a poem: stanzas separated by blank lines, each printed as one block of
    its lines, unwrapped and unindented (a blank line between stanzas on pages with blank lines).
    """
    def __init__(self, title=None, body="", tl=None, kicker=None, sub=None, col=None, coldisp=None,
                 opener="", bl=None, byline=None, dl=None, src=None, cont=None, tail=(),
                 tail_inline="", layout="normal", opt=False, note=None, runin=None, box=None,
                 after=(), contline=None, title_gold=None, kicker_lines=None, nfirst=12, nlast=12,
                 head_order=None, first=None, last=None, pre=(), wrap=None, indent=None,
                 verse=False):
        self.__dict__.update(locals())
        del self.__dict__["self"]
        self.paras = [p.strip() for p in body.strip().split("\n") if p.strip()]


class X:
    """A block that is not an article (caption, advert, folio, index, editor line)."""
    def __init__(self, *lines, wrap=None):
        self.lines = list(lines)
        self.wrap = wrap


class P:
    """A page.  wrap: line width (0: one line per paragraph); indent: True (two full-width
    spaces), False, or the indent string itself; blank: True (a blank line between all blocks),
    False (none), or "items" (a blank line between articles and other items only)."""
    def __init__(self, name, items, folio=None, date=None, edition=None, section=None,
                 wrap=0, indent=False, blank=True, lead=(), tailx=()):
        self.__dict__.update(locals())
        del self.__dict__["self"]
        PAGES.append(self)


def wrap_para(text, width, indent):
    t = ((indent if isinstance(indent, str) else FULL_INDENT) if indent else "") + text
    if not width:
        return [t]
    out, i = [], 0
    while i < len(t):
        j = i + width
        # kinsoku: closing punctuation never starts a line
        while j < len(t) and t[j] in NOSTART:
            j += 1
        out.append(t[i:j])
        i = j
    return out


def render_article(a, pg):
    W = pg.wrap if a.wrap is None else a.wrap
    ind = pg.indent if a.indent is None else a.indent
    head = []
    if (a.coldisp or a.col) and not a.runin:
        head.append([a.coldisp or a.col])
    if a.pre:
        head.append(list(a.pre))
    if a.kicker_lines:
        head.append(list(a.kicker_lines))
    elif a.kicker:
        head.append([a.kicker])
    tlines = list(a.tl) if a.tl else ([a.title] if a.title else [])
    if a.contline and a.title:
        tlines = tlines[:-1] + [tlines[-1] + a.contline] if a.contline.startswith("（") else tlines + [a.contline]
    tblock = tlines + ([a.sub] if a.sub else [])
    bl = [[a.bl]] if a.bl else []
    paras = list(a.paras)
    if a.runin == "【】":
        paras[0] = "【" + a.title + "】" + a.opener + paras[0]
    elif a.runin == "colon":
        paras[0] = a.title + "：" + a.opener + paras[0]
    elif a.runin == "space":
        paras[0] = a.title + "　" + a.opener + paras[0]
    elif a.runin == "square":
        paras[0] = "■" + a.title + " " + a.opener + paras[0]
    else:
        paras[0] = a.opener + paras[0]
    if a.tail_inline:
        paras[-1] = paras[-1] + a.tail_inline
    body = []
    if a.verse:
        # the opener or run-in title joined to paras[0] above stays on the first line
        lines = iter(paras)
        for stanza in re.split(r"\n\s*\n", a.body.strip()):
            body.append([next(lines) for l in stanza.split("\n") if l.strip()])
    else:
        for p in paras:
            body.append(wrap_para(p, W, ind))
    boxb = [list(a.box)] if a.box else []
    tail = [list(a.tail)] if a.tail else []
    after = [list(a.after)] if a.after else []
    if a.runin:
        blocks = head + bl + body + tail + after
    elif a.layout == "title_after":
        # body first, then the headline group, then captions
        blocks = boxb + bl + body + tail + head + [tblock] + after
    else:
        blocks = head + ([tblock] if tblock else []) + bl + boxb + body + tail + after
    return blocks


def render_page(pg):
    """The page as extracted text: folio, lead lines, then each item's blocks."""
    groups = []
    if pg.folio:
        groups.append([pg.folio.split("\n")])
    for l in pg.lead:
        groups.append([[l]])
    for it in pg.items:
        if isinstance(it, X):
            ls = []
            for l in it.lines:
                ls += wrap_para(l, it.wrap, False) if it.wrap else [l]
            groups.append([ls])
        else:
            groups.append(render_article(it, pg))
    if pg.blank == "items":
        return "\n\n".join("\n".join("\n".join(b) for b in g) for g in groups) + "\n"
    sep = "\n\n" if pg.blank else "\n"
    return sep.join("\n".join(b) for g in groups for b in g) + "\n"


def squeeze(s):
    return re.sub(r"[\s\u3000]+", "", s)


def gold_for(a, pg):
    first = a.first or (a.box[1][:a.nfirst] if a.box else a.paras[0][:a.nfirst])
    last = a.last or a.paras[-1][-a.nlast:]
    title = a.title_gold if a.title_gold is not None else (a.title if a.title else None)
    return {"page": pg.name, "title": title, "subtitle": a.sub, "kicker": a.kicker,
            "column": a.col, "dateline": a.dl, "byline": a.byline, "source": a.src,
            "continued_from": a.cont, "first": first.strip(), "last": last.strip(),
            "region": None, "region_alt": None, "subjects": [], "layout": a.layout,
            "optional": a.opt, "note": a.note, "date": pg.date, "edition": pg.edition,
            "section": pg.section}


def write_set(out, pages):
    """Writes out/text/<page>.txt and out/gold.jsonl; prints a summary and returns 1 when a
    page has too few or too many articles or an anchor is not unique, short or out of order."""
    os.makedirs(os.path.join(out, "text"), exist_ok=True)
    gold, bad = [], 0
    for pg in pages:
        text = render_page(pg)
        with open(os.path.join(out, "text", pg.name + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
        sq = squeeze(text)
        arts = [a for a in pg.items if isinstance(a, A)]
        if not MIN_ARTICLES <= len(arts) <= MAX_ARTICLES:
            print("article count", pg.name, len(arts)); bad += 1
        for a in arts:
            g = gold_for(a, pg)
            for k in ("first", "last"):
                n = sq.count(squeeze(g[k]))
                if n != 1:
                    print(f"{pg.name}: {k} {g[k]!r} occurs {n} times"); bad += 1
            if sq.find(squeeze(g["first"])) > sq.find(squeeze(g["last"])):
                print(f"{pg.name}: first after last {g['first']}"); bad += 1
            if len(squeeze(g["first"])) < MIN_ANCHOR or len(squeeze(g["last"])) < MIN_ANCHOR:
                print(f"{pg.name}: short anchor {g['first']} / {g['last']}"); bad += 1
            gold.append(g)
    with open(os.path.join(out, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"{len(pages)} pages, {len(gold)} articles, {bad} problems")
    return 1 if bad else 0
