"""`cmake --install BUILD --prefix P` puts the module into
P/lib/python3/dist-packages (BAOKAN_PYTHON_INSTALL_DIR), where it imports
without the build tree and finds the models installed in
P/share/baokan/models. Removes everything it writes."""

import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import unittest

BUILD = pathlib.Path(os.environ["BAOKAN_BUILD_DIR"])
SOURCE = pathlib.Path(os.environ["BAOKAN_SOURCE_DIR"])
INSTALL_DIR = os.environ.get("BAOKAN_PYTHON_INSTALL_DIR", "lib/python3/dist-packages")

CHECK = """
import baokan, json, pathlib, sys
prefix = pathlib.Path(sys.argv[1]).resolve()
assert pathlib.Path(baokan.__file__).resolve().is_relative_to(prefix), baokan.__file__
assert pathlib.Path(baokan.models_dir()).resolve() == prefix / "share/baokan/models", \\
    baokan.models_dir()
articles = baokan.split_file("pages")
placed = baokan.Gazetteer().place_many(articles)
assert placed and all("region" in r for r in placed)
print(len(placed))
"""


class InstallTest(unittest.TestCase):
    def test_the_installed_module_imports_and_finds_its_models(self):
        tmp = pathlib.Path(tempfile.mkdtemp(prefix="baokan-python-install."))
        try:
            prefix = tmp / "prefix"
            subprocess.run(["cmake", "--install", BUILD, "--prefix", prefix], check=True,
                           capture_output=True)
            modules = list((prefix / INSTALL_DIR).glob("baokan*.so"))
            self.assertEqual(len(modules), 1, modules)
            shutil.copytree(SOURCE / "corpus" / "seeds", tmp / "pages")
            env = {k: v for k, v in os.environ.items()
                   if k not in ("PYTHONPATH", "BAOKAN_MODELS")}
            env["PYTHONPATH"] = str(prefix / INSTALL_DIR)
            r = subprocess.run([sys.executable, "-c", CHECK, prefix], cwd=tmp, env=env,
                               capture_output=True, text=True)
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertGreater(int(r.stdout), 0)
        finally:
            shutil.rmtree(tmp)


if __name__ == "__main__":
    unittest.main()
