"""nbgrader plus a command line for instructors and TAs (``python -m autograder --help``)."""
import os
import warnings
import sys
from pathlib import Path

# nbgrader checks the gradebook schema by running the `alembic` executable, and finds it on PATH.
# Started as `.venv/bin/python -m autograder` without an activated venv, PATH lacks the venv's bin/.
_BIN = str(Path(sys.executable).parent)
if _BIN not in os.environ.get("PATH", "").split(os.pathsep):
    os.environ["PATH"] = _BIN + os.pathsep + os.environ.get("PATH", "")

# nbgrader's gradebook queries trip SQLAlchemy 2's warnings about its relationship setup; they are not ours to fix.
warnings.filterwarnings("ignore", module=r"nbgrader\.")
