"""The baokan Python module against the baokan commands.

Every result must equal what the command writes, byte for byte once dumped
as JSON (json.dumps with ensure_ascii=False and compact separators), on the
seed pages (corpus/seeds) and on generated data; bad input raises the
exception carrying the command's message; thread counts change nothing.

Run by ctest (label `python`) with PYTHONPATH set to the module's folder,
BAOKAN_BIN to the built `baokan` and BAOKAN_SOURCE_DIR to the source tree.
"""

import json
import os
import pathlib
import random
import shutil
import subprocess
import tempfile
import unittest

import numpy

import baokan

BIN = os.environ["BAOKAN_BIN"]
SOURCE = pathlib.Path(os.environ["BAOKAN_SOURCE_DIR"])
SEEDS = SOURCE / "corpus" / "seeds"
SEED_PAGES = sorted(SEEDS.glob("*.txt"))


def dumps(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def jsonl(records):
    return "".join(dumps(r) + "\n" for r in records)


def run(*args, input=None, ok=True):
    """Runs `baokan ARGS...`; returns (stdout, stderr) as text."""
    r = subprocess.run([BIN, *map(str, args)], input=input, capture_output=True,
                       text=True, encoding="utf-8")
    if ok and r.returncode != 0:
        raise AssertionError(f"baokan {' '.join(map(str, args))}: exit {r.returncode}\n{r.stderr}")
    return r.stdout, r.stderr


def command_error(command, stderr):
    """The message of the first `baokan COMMAND: ...` line of stderr."""
    prefix = f"baokan {command}: "
    for line in stderr.splitlines():
        if line.startswith(prefix):
            return line[len(prefix):]
    raise AssertionError(f"no '{prefix}' line in {stderr!r}")


def generated_texts(n, seed):
    """Chinese texts made from the seed pages' lines, shuffled and cut, with
    short, empty, Latin and 摘自-trailer cases mixed in."""
    rnd = random.Random(seed)
    lines = [l.strip() for p in SEED_PAGES for l in p.read_text(encoding="utf-8").splitlines()]
    lines = [l for l in lines if len(l) > 4 and not l.startswith("{")]
    texts = ["", "短", "五个字符串", "ＡＢＣ１２３ covid-19 3.5", "本报讯 北京市朝阳区\n摘自《人民日报》"]
    for _ in range(n):
        picked = rnd.sample(lines, rnd.randint(1, 6))
        text = "\n".join(picked)
        if rnd.random() < 0.3:
            text = text[rnd.randint(0, len(text) // 2):]
        if rnd.random() < 0.2:
            text += "\n（摘自《中国妇女报》）"
        texts.append(text)
    return texts


class TempDirTest(unittest.TestCase):
    def setUp(self):
        self.tmp = pathlib.Path(tempfile.mkdtemp(prefix="baokan-python-test."))

    def tearDown(self):
        shutil.rmtree(self.tmp)


class SplitTest(TempDirTest):
    def test_split_file_equals_the_command_on_every_seed_page(self):
        for page in SEED_PAGES:
            with self.subTest(page=page.name):
                out, _ = run("split", page)
                self.assertEqual(jsonl(baokan.split_file(page)), out)

    def test_split_of_the_text_equals_the_command(self):
        for page in SEED_PAGES:
            with self.subTest(page=page.name):
                out, _ = run("split", page)
                text = page.read_text(encoding="utf-8")
                self.assertEqual(jsonl(baokan.split(text, page=page.stem)), out)

    def test_split_of_gb18030_bytes_equals_the_command(self):
        page = SEED_PAGES[0]
        gbk = self.tmp / page.name
        gbk.write_bytes(page.read_text(encoding="utf-8").encode("gb18030"))
        out, _ = run("split", gbk)
        self.assertEqual(jsonl(baokan.split(gbk.read_bytes(), page=page.stem)), out)
        self.assertEqual(jsonl(baokan.split_file(gbk)), out)

    def test_no_normalize_and_noise_equal_the_command(self):
        for page in SEED_PAGES:
            with self.subTest(page=page.name):
                noise_file = self.tmp / "noise.jsonl"
                out, _ = run("split", "--no-normalize", "--noise", noise_file, page)
                articles, noise = baokan.split_file(page, normalize=False, noise=True)
                self.assertEqual(jsonl(articles), out)
                self.assertEqual(jsonl(noise), noise_file.read_text(encoding="utf-8"))

    def test_a_directory_equals_the_command(self):
        out, _ = run("split", SEEDS)
        self.assertEqual(jsonl(baokan.split_file(SEEDS)), out)
        self.assertEqual(jsonl(baokan.split_file(str(SEEDS))), out)

    def test_bad_files_raise_the_commands_message(self):
        missing = self.tmp / "missing.txt"
        _, err = run("split", missing, ok=False)
        with self.assertRaises(FileNotFoundError) as e:
            baokan.split_file(missing)
        self.assertEqual(str(e.exception), command_error("split", err))

        empty = self.tmp / "empty.txt"
        empty.write_text("  \n\u3000\n", encoding="utf-8")
        _, err = run("split", empty, ok=False)
        with self.assertRaises(ValueError) as e:
            baokan.split_file(empty)
        self.assertEqual(str(e.exception), command_error("split", err))

        not_pdf = self.tmp / "scan.pdf"
        not_pdf.write_bytes(b"not a pdf at all")
        _, err = run("split", not_pdf, ok=False)
        with self.assertRaises(ValueError) as e:
            baokan.split_file(not_pdf)
        self.assertEqual(str(e.exception), command_error("split", err))

        with self.assertRaises(ValueError):
            baokan.split_file(SEED_PAGES[0], on_invalid="ignore")
        with self.assertRaises(TypeError):
            baokan.split(42)


class NormalizeTest(TempDirTest):
    OPTIONS = [
        ({}, []),
        ({"simplified": True}, ["--simplified"]),
        ({"join_lines": True}, ["--join-lines"]),
        ({"match": True}, ["--match"]),
    ]

    def check(self, path):
        text = path.read_text(encoding="utf-8")
        for options, flags in self.OPTIONS:
            with self.subTest(path=path.name, options=options):
                out, _ = run("normalize", *flags, path)
                normal = baokan.normalize(text, **options)
                self.assertEqual(baokan.normalize(normal, **options), normal)
                if normal and not normal.endswith("\n"):
                    normal += "\n"  # as the command ends its output
                self.assertEqual(normal, out)

    def test_equals_the_command_on_the_seed_pages(self):
        for page in SEED_PAGES:
            self.check(page)

    def test_equals_the_command_on_generated_text(self):
        path = self.tmp / "generated.txt"
        extra = "\n".join(["ＡＢＣ１２３，ｶ ﬁ", "臺灣的「書」 m² ①", "a\u200bb\u3000\tc,d", "⻄⻓⼀"])
        path.write_text(extra + "\n" + "\n\n".join(generated_texts(40, 1)), encoding="utf-8")
        self.check(path)


class TokenizeTest(TempDirTest):
    def test_equals_the_command_line_by_line(self):
        path = self.tmp / "lines.txt"
        lines = [l for t in generated_texts(30, 2) for l in t.split("\n")]
        lines += ["COVID-19 疫情 3.5% e-mail", "２０２４年ＡＢＣ"]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        cases = [({}, []), ({"scheme": "words"}, ["--scheme", "words"]),
                 ({"char_ngrams": 3, "lowercase": False},
                  ["--char-ngrams", "3", "--keep-case"])]
        for options, flags in cases:
            with self.subTest(options=options):
                out, _ = run("tokenize", *flags, path)
                mine = "".join(" ".join(baokan.tokenize(l, **options)) + "\n" for l in lines)
                self.assertEqual(mine, out)

    def test_bad_options_raise(self):
        with self.assertRaises(ValueError):
            baokan.tokenize("中文", scheme="bpe")
        with self.assertRaises(ValueError):
            baokan.tokenize("中文", char_ngrams=5)


class SeedRecords:
    """The seed pages as `baokan split` writes them, in a temporary file."""

    @staticmethod
    def write(directory):
        path = directory / "articles.jsonl"
        out, _ = run("split", SEEDS)
        path.write_text(out, encoding="utf-8")
        return path, [json.loads(l) for l in out.splitlines()]


class GazetteerTest(TempDirTest):
    @classmethod
    def setUpClass(cls):
        cls.gazetteer = baokan.Gazetteer()

    def test_place_many_equals_the_command_on_the_seeds_at_any_thread_count(self):
        path, records = SeedRecords.write(self.tmp)
        out, _ = run("region", path)
        for threads in (1, 3, 0):
            with self.subTest(threads=threads):
                self.assertEqual(jsonl(self.gazetteer.place_many(records, threads=threads)), out)
        lines = path.read_text(encoding="utf-8").splitlines()
        self.assertEqual(jsonl(self.gazetteer.place_many(lines)), out)
        as_json = self.gazetteer.place_many(records, as_json=True)
        self.assertEqual("".join(l + "\n" for l in as_json), out)
        self.assertEqual(jsonl(self.gazetteer.place_many(iter(records))), out)

    def test_place_many_equals_the_command_on_generated_pages(self):
        rnd = random.Random(3)
        texts = generated_texts(200, 3)
        places = ["北京", "湖南长沙", "上海市浦东新区", "日本东京", "渝中", "", "广东省深圳市"]
        records = []
        for i, text in enumerate(texts):
            records.append({"id": f"g{i // 5}#{i % 5 + 1}", "page": f"g{i // 5}",
                            "title": rnd.choice(["", "本报讯", "我区召开会议"]) + rnd.choice(places),
                            "dateline": rnd.choice(places) or None, "byline": "记者 甲",
                            "text": text, "extra": {"kept": [1, 2.5, None]}})
        path = self.tmp / "generated.jsonl"
        path.write_text(jsonl(records), encoding="utf-8")
        for flags, options in [([], {}), (["--no-home"], {"use_home": False}),
                               (["--normalize"], {"normalize": True})]:
            with self.subTest(flags=flags):
                out, _ = run("region", *flags, path)
                g = baokan.Gazetteer(**options) if options else self.gazetteer
                self.assertEqual(jsonl(g.place_many(records, threads=1)), out)
                self.assertEqual(jsonl(g.place_many(records, threads=4)), out)

    def test_place_iter_streams_the_commands_output_in_batches(self):
        # Pages of 1 to 6 records, so that batches of 4 cut through pages:
        # a page's records are still placed together.
        rnd = random.Random(5)
        texts = generated_texts(120, 5)
        records, page = [], 0
        while len(records) < len(texts):
            for n in range(rnd.randint(1, 6)):
                records.append({"id": f"s{page}#{n + 1}", "page": f"s{page}",
                                "title": rnd.choice(["", "湖南长沙", "我区召开会议"]),
                                "text": texts[len(records) % len(texts)]})
            page += 1
        path = self.tmp / "stream.jsonl"
        path.write_text(jsonl(records), encoding="utf-8")
        out, _ = run("region", path)
        for batch, threads in [(1, 1), (4, 3), (7, 1), (10000, 0)]:
            with self.subTest(batch=batch, threads=threads):
                it = self.gazetteer.place_iter((r for r in records), threads=threads,
                                               batch=batch)
                self.assertIs(iter(it), it)
                self.assertEqual(jsonl(it), out)
        with open(path, encoding="utf-8") as lines:  # a file: JSON lines in, out
            got = self.gazetteer.place_iter((l.rstrip("\n") for l in lines), as_json=True)
            self.assertEqual("".join(l + "\n" for l in got), out)
        with open(path, "rb") as lines:  # a binary file: UTF-8 bytes in, out
            got = self.gazetteer.place_iter((l.rstrip(b"\n") for l in lines), as_bytes=True)
            self.assertEqual(b"".join(l + b"\n" for l in got), out.encode("utf-8"))
        with self.assertRaises(ValueError):
            self.gazetteer.place_iter(records, as_json=True, as_bytes=True)
        with self.assertRaises(TypeError):
            self.gazetteer.place_iter(b'{"id":"a"}')
        self.assertEqual(list(self.gazetteer.place_iter([])), [])

    def test_place_iter_reads_no_further_than_it_is_asked(self):
        pulled = []

        def source():
            for i in range(10_000_000):  # far more than could sit in memory as dicts
                pulled.append(i)
                yield {"id": f"p{i}#1", "page": f"p{i}", "title": "湖南长沙", "text": "会议"}

        it = self.gazetteer.place_iter(source(), batch=100)
        first = [next(it) for _ in range(150)]
        self.assertEqual(first[149]["id"], "p149#1")
        self.assertLessEqual(len(pulled), 301)
        del it  # the generator is dropped with the iterator

    def test_place_iter_bad_input_raises_when_reached(self):
        it = self.gazetteer.place_iter(['{"id":"a"}', '{"id":"b"}', '{"id":'], batch=2)
        self.assertEqual(next(it)["id"], "a")
        with self.assertRaisesRegex(ValueError, r"^records\[2\]: "):
            list(it)
        with self.assertRaises(TypeError):
            self.gazetteer.place_iter({"id": "a"})
        with self.assertRaises(ValueError):
            self.gazetteer.place_iter([], batch=0)

        def failing():
            yield {"id": "a"}
            raise KeyError("from the source")

        with self.assertRaises(KeyError):
            list(self.gazetteer.place_iter(failing()))

    def test_place_iter_refuses_next_while_a_batch_is_computed(self):
        def source():  # asks the iterator for more while it is being filled
            yield {"id": "a"}
            yield next(it)

        it = self.gazetteer.place_iter(source())
        with self.assertRaisesRegex(ValueError, "already executing"):
            next(it)
        self.assertEqual(list(it), [])  # over, as a generator that raised

    def test_place_equals_the_command_on_one_article(self):
        cases = [("妇女干部学校挂牌成立", "为加大长沙女性人才培训力度", "湖南长沙"),
                 ("东京举行会议", "日本首相在东京说", ""), ("", "没有地名的文章", "")]
        for title, text, dateline in cases:
            with self.subTest(title=title):
                path = self.tmp / "one.jsonl"
                path.write_text(dumps({"id": "p#1", "page": "p", "title": title,
                                       "dateline": dateline, "text": text}) + "\n",
                                encoding="utf-8")
                out, _ = run("region", path)
                region = self.gazetteer.place(title=title, text=text, dateline=dateline)
                self.assertEqual(dumps(region), dumps(json.loads(out)["region"]))

    def test_bad_input_raises(self):
        missing = self.tmp / "no-models"
        missing.mkdir()
        _, err = run("region", "--gazetteer", missing, "-", input="", ok=False)
        with self.assertRaises(FileNotFoundError) as e:
            baokan.Gazetteer(str(missing))
        self.assertTrue(command_error("region", err).startswith(str(e.exception)))
        with self.assertRaisesRegex(ValueError, r"^records\[1\]: "):
            self.gazetteer.place_many(['{"id":"a"}', '{"id":'])
        with self.assertRaisesRegex(ValueError, r"^records\[0\]: .*title"):
            self.gazetteer.place_many([{"id": "a", "title": 3}])
        with self.assertRaises(ValueError):
            self.gazetteer.place_many([{"x": float("nan")}])
        with self.assertRaises(TypeError):
            self.gazetteer.place_many({"id": "a"})
        with self.assertRaises(ValueError):
            baokan.Gazetteer(home_share=0)


class MinHashTest(TempDirTest):
    def fingerprint(self, texts, *flags):
        path = self.tmp / "texts.jsonl"
        path.write_text(jsonl({"id": f"t#{i}", "text": t} for i, t in enumerate(texts)),
                        encoding="utf-8")
        sig = self.tmp / "texts.sig"
        run("fingerprint", *flags, path, "-o", sig)
        data = sig.read_bytes()
        perms = int.from_bytes(data[16:20], "little")
        size = 24 + 8 * perms
        records = numpy.frombuffer(data[64:], dtype="<u8").reshape(-1, size // 8)
        return records[:, 3:]

    def test_equals_fingerprint_on_the_seed_articles(self):
        _, records = SeedRecords.write(self.tmp)
        texts = [r["text"] for r in records]
        values = baokan.minhash(texts)
        self.assertEqual(values.dtype, numpy.uint64)
        self.assertEqual(values.shape, (len(texts), 128))
        numpy.testing.assert_array_equal(values, self.fingerprint(texts))

    def test_equals_fingerprint_on_generated_texts_with_any_settings_and_threads(self):
        texts = generated_texts(300, 4)
        for shingle, perms in [(5, 128), (3, 64), (1, 8)]:
            with self.subTest(shingle=shingle, perms=perms):
                expected = self.fingerprint(texts, "--shingle-size", shingle, "--num-perm", perms)
                for threads in (1, 3):
                    values = baokan.minhash(texts, shingle=shingle, perms=perms, threads=threads)
                    numpy.testing.assert_array_equal(values, expected)

    def test_bad_settings_raise(self):
        with self.assertRaises(ValueError):
            baokan.minhash(["中文"], shingle=0)
        with self.assertRaises(ValueError):
            baokan.minhash(["中文"], perms=4)
        with self.assertRaises(TypeError):
            baokan.minhash("中文")
        with self.assertRaises(TypeError):
            baokan.minhash(["中文", 3])
        self.assertEqual(baokan.minhash([]).shape, (0, 128))


class ModelTest(TempDirTest):
    LABELS = {"economy": ["经济增长", "企业投资", "市场消费", "产业发展"],
              "sports": ["足球比赛", "运动员夺冠", "篮球联赛", "体育健身"]}

    def train(self):
        rnd = random.Random(5)
        rows = []
        for i in range(120):
            label = sorted(self.LABELS)[i % 2]
            words = rnd.sample(self.LABELS[label], 3)
            rows.append({"text": "今年".join(words), "label": label})
        data = self.tmp / "train.jsonl"
        data.write_text(jsonl(rows), encoding="utf-8")
        model = self.tmp / "m"
        run("train", data, "-o", model, "--threads", "1", "--dim", "8", "--epoch", "5")
        return model

    def predict_lines(self, path, *args):
        out, _ = run("predict", *args, path)
        return [dumps(json.loads(l)["subject"]) for l in out.splitlines()]

    def texts_file(self):
        texts = [t.replace("\n", " ").strip() for t in generated_texts(60, 6)]
        texts = [t for t in texts if t] + ["经济增长 企业投资", "足球比赛"]
        path = self.tmp / "texts.txt"
        path.write_text("\n".join(texts) + "\n", encoding="utf-8")
        return path, texts

    def test_lexicon_equals_predict_lexicon(self):
        path, texts = self.texts_file()
        model = baokan.Model.lexicon()
        for k, threshold in [(3, 0.0), (1, 0.2)]:
            with self.subTest(k=k, threshold=threshold):
                expected = self.predict_lines(path, "--lexicon", "--k", k,
                                              "--threshold", threshold)
                for threads in (1, 3):
                    got = model.predict(texts, k=k, threshold=threshold, threads=threads)
                    self.assertEqual([dumps(s) for s in got], expected)
        self.assertEqual(dumps(model.predict(texts[0])), expected[0])

    def test_predict_iter_equals_predict(self):
        path, texts = self.texts_file()
        model = baokan.Model.lexicon()
        expected = self.predict_lines(path, "--lexicon", "--k", 2)
        for batch, threads in [(1, 1), (5, 3), (10000, 0)]:
            with self.subTest(batch=batch, threads=threads):
                got = model.predict_iter(iter(texts), k=2, threads=threads, batch=batch)
                self.assertEqual([dumps(s) for s in got], expected)
        it = model.predict_iter(["足球比赛", 3, "x"], batch=1)
        self.assertEqual(next(it)["label"], "sports")
        with self.assertRaises(TypeError):
            next(it)
        with self.assertRaises(TypeError):
            model.predict_iter("足球比赛")
        with self.assertRaises(ValueError):
            model.predict_iter(texts, k=0)

    def test_label_iter_equals_predict_on_records(self):
        path, records = SeedRecords.write(self.tmp)
        records += [{"id": f"g#{i}", "title": t[:8], "text": t, "extra": [1, None]}
                    for i, t in enumerate(generated_texts(40, 9))]
        records.append({"id": "headline only", "title": "足球比赛今晚开始", "text": ""})
        path.write_text(jsonl(records), encoding="utf-8")
        model = baokan.Model.lexicon()
        for args, options in [([], {}), (["--k", "1", "--field", "text"],
                                         {"k": 1, "fields": ["text"]})]:
            out, _ = run("predict", "--lexicon", *args, path)
            for batch, threads in [(3, 1), (10000, 0)]:
                with self.subTest(args=args, batch=batch):
                    got = model.label_iter(iter(records), batch=batch, threads=threads,
                                           **options)
                    self.assertEqual(jsonl(got), out)
        out, _ = run("predict", "--lexicon", path)
        lines = path.read_text(encoding="utf-8").splitlines()
        got = model.label_iter(lines, as_json=True)
        self.assertEqual("".join(l + "\n" for l in got), out)
        got = model.label_iter((l.encode("utf-8") for l in lines), as_bytes=True)
        self.assertEqual(b"".join(l + b"\n" for l in got), out.encode("utf-8"))
        with self.assertRaisesRegex(ValueError, r"^records\[1\]: .*title"):
            list(model.label_iter([{"title": "a"}, {"title": 3}]))
        with self.assertRaisesRegex(ValueError, r"^records\[0\]: "):
            list(model.label_iter(["not json"]))

    def test_trained_model_equals_predict(self):
        prefix = self.train()
        path, texts = self.texts_file()
        model = baokan.Model(str(prefix) + ".bin")
        self.assertEqual(sorted(model.labels), sorted(self.LABELS))
        expected = self.predict_lines(path, prefix.with_suffix(".bin"))
        self.assertEqual([dumps(s) for s in model.predict(texts, threads=2)], expected)
        self.assertEqual(model.predict(texts, threads=1), model.predict(texts, threads=4))

    def test_bad_models_raise_the_commands_message(self):
        bad = self.tmp / "bad.bin"
        bad.write_bytes(b"\0" * 64)
        (self.tmp / "bad.json").write_text("{}", encoding="utf-8")
        for path in (bad, self.tmp / "missing.bin"):
            with self.subTest(path=path.name):
                _, err = run("predict", path, "-", input="", ok=False)
                with self.assertRaises((ValueError, OSError)) as e:
                    baokan.Model(path)
                self.assertEqual(str(e.exception), command_error("predict", err))
        with self.assertRaises(ValueError):
            baokan.Model.lexicon().predict(["x"], k=0)
        with self.assertRaises(TypeError):
            baokan.Model.lexicon().predict([b"x"])
        with self.assertRaises(FileNotFoundError):
            baokan.Model.lexicon(str(self.tmp))


class PythonThreadsTest(unittest.TestCase):
    def test_calls_from_several_python_threads_give_the_same_results(self):
        import concurrent.futures
        gazetteer = baokan.Gazetteer()
        lexicon = baokan.Model.lexicon()
        texts = generated_texts(100, 10)

        def work(_):
            articles = baokan.split_file(SEEDS)
            return (jsonl(gazetteer.place_many(articles, threads=1)),
                    baokan.minhash(texts, threads=1).tobytes(),
                    dumps(lexicon.predict(texts, threads=1)),
                    [baokan.normalize(t) for t in texts])

        with concurrent.futures.ThreadPoolExecutor(4) as pool:
            results = list(pool.map(work, range(8)))
        for r in results[1:]:
            self.assertEqual(r, results[0])


def cluster_tsv(rows):
    """Cluster rows as `dedup --clusters` writes them."""
    lines = ["cluster\tid\trole\tsimilarity\tcontainment"]
    lines += ["\t".join(str(r[k]) for k in ("cluster", "id", "role", "similarity", "containment"))
              for r in rows]
    return "\n".join(lines) + "\n"


class DedupTest(TempDirTest):
    def records_with_reprints(self):
        _, records = SeedRecords.write(self.tmp)
        rnd = random.Random(7)
        reprints = []
        for n, original in enumerate(rnd.sample([r for r in records if len(r["text"]) > 200], 8)):
            text = original["text"]
            cut = text[: int(len(text) * rnd.uniform(0.4, 1.0))]
            reprints.append({"id": f"900_reprint{n}#1", "page": f"900_reprint{n}",
                             "title": original["title"], "text": cut + "\n（摘自《中国妇女报》）"})
        return records + reprints

    def test_equals_the_command_with_any_options_order_and_threads(self):
        records = self.records_with_reprints()
        path = self.tmp / "in.jsonl"
        path.write_text(jsonl(records), encoding="utf-8")
        cases = [([], {}), (["--keep-all", "--keep-text"], {"keep_all": True, "keep_text": True}),
                 (["--min-containment", "0.8", "--shingle-size", "4", "--num-perm", "64"],
                  {"min_containment": 0.8, "shingle": 4, "perms": 64})]
        for flags, options in cases:
            with self.subTest(flags=flags):
                clusters = self.tmp / "clusters.tsv"
                out, _ = run("dedup", *flags, "--clusters", clusters, path)
                expected = clusters.read_text(encoding="utf-8")
                self.assertGreater(expected.count("\treprint\t"), 0)
                shuffled = records[:]
                random.Random(8).shuffle(shuffled)
                for data, threads in ((records, 1), (shuffled, 3), (path, 0)):
                    kept, rows = baokan.dedup(data, threads=threads, **options)
                    self.assertEqual(jsonl(kept), out)
                    self.assertEqual(cluster_tsv(rows), expected)

    def test_bad_records_raise_the_commands_message(self):
        path = self.tmp / "bad.jsonl"
        path.write_text('{"id":"a#1","text":"x"}\n{"text":"no id"}\n', encoding="utf-8")
        _, err = run("dedup", path, ok=False)
        with self.assertRaises(ValueError) as e:
            baokan.dedup([{"id": "a#1", "text": "x"}, {"text": "no id"}])
        self.assertEqual(str(e.exception),
                         command_error("dedup", err).replace(f"{path}:2", "records[1]"))
        with self.assertRaises(ValueError):
            baokan.dedup([], perms=2)


class TrainEvaluateTest(TempDirTest):
    def test_train_and_evaluate_equal_the_commands(self):
        rnd = random.Random(9)
        rows = []
        for i in range(150):
            label = sorted(ModelTest.LABELS)[i % 2]
            rows.append({"text": "，".join(rnd.sample(ModelTest.LABELS[label], 2)) + "。",
                         "label": label})
        data = self.tmp / "data.jsonl"
        data.write_text(jsonl(rows), encoding="utf-8")
        flags = ["--threads", "1", "--dim", "8", "--epoch", "4", "--seed", "3"]
        run("train", *flags, data, "-o", self.tmp / "cmd")
        model = baokan.train(rows, self.tmp / "py", threads=1, dim=8, epoch=4, seed=3)
        self.assertIsInstance(model, baokan.Model)
        self.assertEqual((self.tmp / "py.bin").read_bytes(), (self.tmp / "cmd.bin").read_bytes())
        self.assertEqual(sorted(model.labels), sorted(ModelTest.LABELS))

        figures = self.tmp / "eval.json"
        run("eval", self.tmp / "cmd.bin", data, "--json", figures)
        expected = figures.read_text(encoding="utf-8")
        for source, threads in ((rows, 1), (data, 3)):
            self.assertEqual(dumps(baokan.evaluate(model, source, threads=threads)) + "\n",
                             expected)
        lexicon = self.tmp / "lexicon.json"
        run("eval", "--lexicon", data, "--json", lexicon, "--k", "2")
        self.assertEqual(dumps(baokan.evaluate(baokan.Model.lexicon(), rows, k=2)) + "\n",
                         lexicon.read_text(encoding="utf-8"))

    def test_bad_input_raises(self):
        rows = [{"text": "足球比赛", "label": "sports"}]
        with self.assertRaisesRegex(ValueError, "^epoch must be"):
            baokan.train(rows, self.tmp / "m", epoch=0)
        with self.assertRaisesRegex(ValueError, r"^records\[0\]: "):
            baokan.train([{"text": 3, "label": "sports"}], self.tmp / "m")
        with self.assertRaises(TypeError):
            baokan.evaluate("not a model", rows)


if __name__ == "__main__":
    unittest.main()
