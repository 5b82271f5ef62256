"""nbgrader plus our grading engine and a command line for instructors and TAs (``python -m autograder --help``).

Importing it changes no global state; :func:`autograder.release.nbgrader_environment` prepares nbgrader's
calls where they happen.
"""
