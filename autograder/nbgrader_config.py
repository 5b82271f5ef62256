"""nbgrader configuration of this repository: sources in ``solutions/``, releases in ``labs/``.

``python -m autograder generate`` and ``check`` load this file. Generate releases with that command
rather than nbgrader's own ``generate_assignment``: it runs nbgrader in a scratch copy and replaces
``labs/<lab>`` only when generation succeeded, where a failed ``generate_assignment --force`` deletes
the release first.
"""

from pathlib import Path

from autograder.cells import CODE_STUB, TEXT_STUB

c = get_config()  # noqa: F821  (nbgrader injects get_config when it loads the file)

c.CourseDirectory.root = str(Path(__file__).resolve().parent.parent)
c.CourseDirectory.course_id = "model-compression-labs"
c.CourseDirectory.source_directory = "solutions"
c.CourseDirectory.release_directory = "labs"
# The repository's gradebook only records what generation needs; keep it out of git.
c.CourseDirectory.db_url = "sqlite:///" + str(Path(__file__).resolve().parent.parent / ".nbgrader" / "gradebook.db")
# A lab's declared mistakes and alternatives (and its RNG exemptions) are for the audit: never released.
c.CourseDirectory.ignore = [
    ".ipynb_checkpoints",
    "*.pyc",
    "__pycache__",
    "feedback",
    "mistakes",
    "alternatives",
    "keeps_global_rng.txt",
]
c.ClearSolutions.code_stub = {"python": CODE_STUB}
c.ClearSolutions.text_stub = TEXT_STUB
