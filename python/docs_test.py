"""docs/python.md's examples run as written: every ```pycon block is a
doctest (>>> lines and the output they print), all blocks in one namespace,
in order, from the source tree (so that corpus/seeds/... resolves)."""

import doctest
import os
import pathlib
import re
import unittest

SOURCE = pathlib.Path(os.environ["BAOKAN_SOURCE_DIR"])
DOC = SOURCE / "docs" / "python.md"


def examples():
    """The doc's ```pycon blocks, joined as one doctest text."""
    blocks = re.findall(r"^```pycon\n(.*?)^```$", DOC.read_text(encoding="utf-8"),
                        flags=re.S | re.M)
    return blocks, "\n".join(blocks)


class DocsTest(unittest.TestCase):
    def test_the_docs_examples_print_what_they_show(self):
        blocks, text = examples()
        self.assertGreaterEqual(len(blocks), 5, "docs/python.md lost its examples")
        test = doctest.DocTestParser().get_doctest(text, {}, "docs/python.md", str(DOC), 0)
        runner = doctest.DocTestRunner(
            optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
        cwd = os.getcwd()
        os.chdir(SOURCE)
        try:
            runner.run(test)
        finally:
            os.chdir(cwd)
        result = runner.summarize(verbose=False)
        self.assertEqual(result.failed, 0, "docs/python.md: see the failures above")
        self.assertGreater(result.attempted, 10)


if __name__ == "__main__":
    unittest.main()
