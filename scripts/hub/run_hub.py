"""The course's whole loop on a real JupyterHub, driven in headless Chromium (not part of the test suite).

Run as root from the repository root, after ``bash scripts/hub/install.sh``::

    .venv/bin/python scripts/hub/run_hub.py [--dir /tmp/mcl-hub] [--port 18000]

What it does, as a course would: Linux users for an instructor and two students (``useradd -m``, kept
between runs), a shared nbgrader exchange (mode 1777), the instructor's course (``autograder init``,
``release``, ``nbgrader release_assignment``), each student's ``python -m autograder workspace`` (their
JupyterLab settings), then a JupyterHub on 127.0.0.1 with scripts/hub/jupyterhub_config.py. In Chromium,
Alice logs in, opens a lab from her work folder, fetches lab00 in the Assignments tab, saves her answers
through the server's contents API and submits; Bob submits from a terminal. The TA collects, grades with
``python -m autograder autograde`` and runs ``nbgrader release_feedback``; Alice fetches her feedback and
opens it. Screenshots go to ``DIR/screenshots/``. Everything started is stopped at the end, and every run is
bounded in time.
"""

from __future__ import annotations

import argparse
import json
import os
import pwd
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait

REPO = Path(__file__).resolve().parents[2]
PYTHON = REPO / ".venv" / "bin" / "python"
LAB = "lab00"
COURSE_ID = "mcl"
INSTRUCTOR = "mclta"
ALICE, BOB = "mclalice", "mclbob"  # Alice works in the browser, Bob in a terminal
STUDENTS = {ALICE: "solution", BOB: "buggy"}  # the demo submission each hands in
PASSWORD = "mcl-hub-demo"  # DummyAuthenticator's shared password: the hub listens on 127.0.0.1 only
PROXY = "node/node_modules/.bin/configurable-http-proxy"  # under --dir, where install.sh puts it
WAIT = 120  # seconds for one step in the browser (two shared cores: JupyterLab starts slowly)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=Path("/tmp/mcl-hub"), help="hub state, exchange, screenshots")
    parser.add_argument("--port", type=int, default=18000, help="the hub's port (it also uses the next two)")
    parser.add_argument("--timeout", type=int, default=1200, help="seconds for the whole run (default 1200)")
    args = parser.parse_args()
    started = time.monotonic()
    signal.signal(signal.SIGALRM, _out_of_time)
    signal.alarm(args.timeout)  # the hub, the browser and the users' servers are stopped on the way out
    state = args.dir.resolve()
    if not (state / PROXY).is_file():
        parser.error(f"no {state / PROXY}: run `HUB_NODE={state / 'node'} bash scripts/hub/install.sh` first")
    shots = state / "screenshots"
    for path in (state / "hub", shots):
        shutil.rmtree(path, ignore_errors=True)  # a fresh hub database and fresh pictures each run
        path.mkdir(parents=True)
    _let_users_run_the_venv()
    exchange = _setup_exchange(state / "exchange")
    course = _setup_course(exchange)
    samples = course.parent / "samples"
    for student in STUDENTS:
        _setup_student(student, exchange)
    base = f"http://127.0.0.1:{args.port}"
    with _hub(state, args.port):
        with _browser() as driver:
            _login(driver, base, ALICE)
            _open_work_notebook(driver, base, ALICE, shots)
            _fetch_and_submit(driver, base, ALICE, samples / f"{STUDENTS[ALICE]}.ipynb", shots)
        _terminal_submit(BOB, samples / f"{STUDENTS[BOB]}.ipynb")
        _grade_and_release_feedback(course)
        with _browser() as driver:
            _login(driver, base, ALICE)
            _read_feedback(driver, base, ALICE, shots)
    print(f"done in {time.monotonic() - started:.0f} s; screenshots in {shots}/")
    return 0


def _out_of_time(signum: int, frame: object) -> None:
    raise TimeoutError("the run took longer than --timeout")


# --- users, exchange and course -------------------------------------------------------------------------------


def _ensure_user(name: str) -> Path:
    """A Linux user with a home folder (made once; later runs reuse it)."""
    try:
        return Path(pwd.getpwnam(name).pw_dir)
    except KeyError:
        subprocess.run(["useradd", "-m", "-s", "/bin/bash", name], check=True)
        return Path(pwd.getpwnam(name).pw_dir)


def _as_user(user: str, *command: str, cwd: Path | None = None, timeout: int = 600, **env: str) -> str:
    """Run ``command`` as ``user`` with their HOME, as they would in a terminal on the hub."""
    home = Path(pwd.getpwnam(user).pw_dir)
    environment = {"PATH": f"{PYTHON.parent}:/usr/bin:/bin", "HOME": str(home), "USER": user, "LANG": "C.UTF-8"}
    environment |= {"JUPYTER_CONFIG_DIR": str(home / "work" / ".jupyter")} | env
    print(f"[{user}] {' '.join(command)}", flush=True)
    done = subprocess.run(
        command, cwd=cwd or home, env=environment, user=user, group=user, extra_groups=[],
        capture_output=True, text=True, timeout=timeout,
    )  # fmt: skip
    if done.returncode:
        raise RuntimeError(f"{user}: {' '.join(command)} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return done.stdout + done.stderr


def _let_users_run_the_venv() -> None:
    """Let other users reach the venv's interpreter: pyenv's Python often lies under /root (mode 700).

    Only the search bit (o+x) is added, to the folders on the way that lack it: nothing becomes listable.
    """
    for folder in reversed(PYTHON.resolve().parents):
        mode = folder.stat().st_mode
        if not mode & 0o001:
            print(f"chmod o+x {folder} (the users' servers run {PYTHON.resolve()})")
            folder.chmod(mode | 0o001)


def _setup_exchange(exchange: Path) -> Path:
    """nbgrader's documented exchange: a folder every user can write, with the sticky bit."""
    shutil.rmtree(exchange, ignore_errors=True)  # last run's releases and submissions
    exchange.mkdir(parents=True)
    exchange.chmod(0o1777)
    exchange.parent.chmod(0o755)
    return exchange


def _setup_course(exchange: Path) -> Path:
    """The instructor's course: init, release lab00 (answer key), release it to the exchange; demo notebooks."""
    home = _ensure_user(INSTRUCTOR)
    course = home / "course"
    shutil.rmtree(course, ignore_errors=True)
    _as_user(INSTRUCTOR, str(PYTHON), "-m", "autograder", "init", str(course), "--course-id", COURSE_ID,
             "--exchange", str(exchange), "--cell-timeout", "60", cwd=REPO)  # fmt: skip
    _as_user(INSTRUCTOR, str(PYTHON), "-m", "autograder", "release", LAB, "--course", str(course), cwd=REPO)
    _as_user(INSTRUCTOR, str(PYTHON), "-m", "nbgrader", "release_assignment", LAB, cwd=course)
    samples = home / "samples"  # demo notebooks the students hand in
    shutil.rmtree(samples, ignore_errors=True)
    code = "import sys; from pathlib import Path; from autograder import demo; from autograder.course import Course; "
    code += "demo.write_submissions(Course(Path(sys.argv[1])), Path(sys.argv[2]))"
    _as_user(INSTRUCTOR, str(PYTHON), "-c", code, str(course), str(samples), cwd=REPO)
    return course


def _setup_student(student: str, exchange: Path) -> None:
    """A student's home: their work folder and JupyterLab settings (as on a hub), and the course's exchange."""
    home = _ensure_user(student)
    # Last run's work, fetched lab and nbgrader's record of their submissions (the Assignments tab lists it).
    for old in ("work", LAB, ".local/share/jupyter/nbgrader_cache"):
        shutil.rmtree(home / old, ignore_errors=True)
    # JUPYTERHUB_USER, as in the student's terminal on the hub: the Assignments tab stays on.
    _as_user(student, str(PYTHON), "-m", "autograder", "workspace", "--labs", str(REPO / "labs"), "--work", "work",
             JUPYTERHUB_USER=student)  # fmt: skip
    config = f"c = get_config()  # noqa\nc.Exchange.root = {str(exchange)!r}\n"
    config += f"c.CourseDirectory.course_id = {COURSE_ID!r}\n"
    nbgrader_config = home / "work" / ".jupyter" / "nbgrader_config.py"
    nbgrader_config.write_text(config)
    shutil.chown(nbgrader_config, student, student)


# --- the hub and the browser ----------------------------------------------------------------------------------


@contextmanager
def _hub(state: Path, port: int) -> Iterator[subprocess.Popen]:
    """JupyterHub on 127.0.0.1:port, stopped (with its proxy and the users' servers) when the block ends."""
    env = {
        **os.environ,
        "PATH": f"{PYTHON.parent}:{os.environ['PATH']}",
        "MCL_HUB_DIR": str(state / "hub"),
        "MCL_HUB_PORT": str(port),
        "MCL_HUB_PASSWORD": PASSWORD,
        "MCL_HUB_USERS": " ".join(STUDENTS),
        "MCL_HUB_PROXY": str(state / PROXY),
    }
    if (state / "python").is_dir():  # install.sh put the hub extra beside the venv
        env["MCL_HUB_PYTHONPATH"] = env["PYTHONPATH"] = str(state / "python")
    log = (state / "hub" / "jupyterhub.log").open("w")
    hub = subprocess.Popen(
        [str(PYTHON), "-m", "jupyterhub", "-f", str(REPO / "scripts" / "hub" / "jupyterhub_config.py")],
        cwd=state / "hub", env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )  # fmt: skip
    try:
        _wait_for_hub(hub, f"http://127.0.0.1:{port}/hub/login", state / "hub" / "jupyterhub.log")
        yield hub
    finally:
        _stop(hub)
        log.close()
        _stop_leftovers()


def _wait_for_hub(hub: subprocess.Popen, url: str, log: Path, timeout: float = 90) -> None:
    from urllib.request import urlopen

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if hub.poll() is not None:
            raise RuntimeError(f"JupyterHub exited ({hub.returncode}):\n{log.read_text()[-3000:]}")
        try:
            with urlopen(url, timeout=5):
                return
        except OSError:
            time.sleep(1)
    raise RuntimeError(f"JupyterHub did not answer at {url} in {timeout} s:\n{log.read_text()[-3000:]}")


def _stop(process: subprocess.Popen, grace: float = 30) -> None:
    """SIGTERM (the hub then stops the proxy and the single-user servers), SIGKILL after ``grace`` seconds."""
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(grace)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(10)


def _stop_leftovers() -> None:
    """Kill, by id, any process still running as the course's users (servers and kernels the hub missed)."""
    for user in (INSTRUCTOR, *STUDENTS):
        found = subprocess.run(["pgrep", "-u", user], capture_output=True, text=True).stdout.split()
        for pid in map(int, found):
            print(f"stopping {user}'s leftover process {pid}")
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass


@contextmanager
def _browser() -> Iterator[WebDriver]:
    """Debian's headless Chromium through its chromedriver (Selenium Manager would try to download one)."""
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,950"):
        options.add_argument(flag)
    service = webdriver.ChromeService(executable_path="/usr/bin/chromedriver")
    driver = webdriver.Chrome(options=options, service=service)
    driver.set_page_load_timeout(WAIT)
    try:
        yield driver
    finally:
        driver.quit()


def _shot(driver: WebDriver, shots: Path, name: str) -> None:
    path = shots / f"{name}.png"
    driver.save_screenshot(str(path))
    print(f"screenshot {path}")


def _wait(driver: WebDriver, xpath: str, timeout: float = WAIT):
    return WebDriverWait(driver, timeout).until(ec.element_to_be_clickable((By.XPATH, xpath)))


def _login(driver: WebDriver, base: str, user: str) -> None:
    """The hub's login form, then JupyterLab (the first login spawns the user's server)."""
    driver.get(f"{base}/hub/login")
    _wait(driver, "//input[@id='username_input']").send_keys(user)
    driver.find_element(By.ID, "password_input").send_keys(PASSWORD)
    driver.find_element(By.ID, "login_submit").click()
    WebDriverWait(driver, WAIT).until(lambda d: f"/user/{user}/lab" in d.current_url)
    _wait(driver, "//div[contains(@class, 'lm-MenuBar-itemLabel') and text()='File']")


# --- the student's steps --------------------------------------------------------------------------------------


def _open_work_notebook(driver: WebDriver, base: str, user: str, shots: Path) -> None:
    """Open the lab from the work folder and record whether JupyterLab marks it changed before any edit."""
    driver.get(f"{base}/user/{user}/lab/tree/work/{LAB}/{LAB}.ipynb")
    _wait(driver, "//div[contains(@class, 'jp-Notebook')]//div[contains(@class, 'jp-Cell')]")
    time.sleep(8)  # let the kernel start and the model settle, as a student would look at it
    dirty = driver.find_elements(By.CSS_SELECTOR, "li.lm-TabBar-tab.jp-mod-dirty")
    print(f"work/{LAB}/{LAB}.ipynb opened: {'MARKED CHANGED' if dirty else 'not marked changed'} before any edit")
    _shot(driver, shots, "1-work-notebook-opened")


def _open_assignments(driver: WebDriver, base: str, user: str, menu_shot: Path | None = None) -> None:
    """Nbgrader > Assignment List; ``menu_shot`` records the open menu (the instructor tools must be absent)."""
    driver.get(f"{base}/user/{user}/lab")
    _wait(driver, "//div[contains(@class, 'lm-MenuBar-itemLabel') and text()='Nbgrader']").click()
    item = _wait(driver, "//div[contains(@class, 'lm-Menu-itemLabel') and text()='Assignment List']")
    labels = [e.text for e in driver.find_elements(By.CSS_SELECTOR, ".lm-Menu-itemLabel") if e.text]
    print(f"the Nbgrader menu offers: {labels}")
    if menu_shot:
        _shot(driver, menu_shot.parent, menu_shot.stem)
    item.click()


def _fetch_and_submit(driver: WebDriver, base: str, user: str, answers: Path, shots: Path) -> None:
    """Assignments tab: fetch lab00, save the answers (the contents API, as JupyterLab saves), submit."""
    _open_assignments(driver, base, user, shots / "2-nbgrader-menu.png")
    fetch = _wait(driver, "//div[@id='released_assignments_list']//button[text()='Fetch']")
    _shot(driver, shots, "3-assignments-released")
    fetch.click()
    submit = _wait(driver, "//div[@id='fetched_assignments_list']//button[text()='Submit']")
    _shot(driver, shots, "4-assignments-fetched")
    _save_through_contents_api(driver, base, user, f"{LAB}/{LAB}.ipynb", json.loads(answers.read_text()))
    submit.click()
    _wait(driver, "//div[@id='submitted_assignments_list']//*[contains(@class, 'item_name')]")
    time.sleep(2)
    _shot(driver, shots, "5-assignments-submitted")


def _save_through_contents_api(driver: WebDriver, base: str, user: str, path: str, notebook: dict) -> None:
    """PUT the notebook as JupyterLab's save does, with the page's XSRF cookie."""
    script = """
        const [url, body, done] = arguments;
        const xsrf = (document.cookie.match(/_xsrf=([^;]+)/) || [])[1];
        fetch(url, {method: 'PUT', headers: {'Content-Type': 'application/json', 'X-XSRFToken': xsrf},
                    body: JSON.stringify(body)}).then(r => done(r.status), e => done(String(e)));
    """
    body = {"type": "notebook", "format": "json", "content": notebook}
    status = driver.execute_async_script(script, f"{base}/user/{user}/api/contents/{path}", body)
    if status not in (200, 201):
        raise RuntimeError(f"saving {path} through the contents API answered {status}")


def _terminal_submit(user: str, answers: Path) -> None:
    """The second student works from a terminal on the hub: nbgrader's fetch and submit commands."""
    home = Path(pwd.getpwnam(user).pw_dir)
    _as_user(user, str(PYTHON), "-m", "nbgrader", "fetch_assignment", LAB)
    shutil.copyfile(answers, home / LAB / f"{LAB}.ipynb")
    _as_user(user, str(PYTHON), "-m", "nbgrader", "submit", LAB)


def _grade_and_release_feedback(course: Path) -> None:
    """The TA in a terminal: nbgrader collect, our autograde (through the exchange adoption), release_feedback."""
    _as_user(INSTRUCTOR, str(PYTHON), "-m", "nbgrader", "collect", LAB, cwd=course)
    print(_as_user(INSTRUCTOR, str(PYTHON), "-m", "autograder", "autograde", LAB, "--course", str(course), cwd=REPO))
    print(_as_user(INSTRUCTOR, str(PYTHON), "-m", "nbgrader", "release_feedback", LAB, cwd=course))


def _read_feedback(driver: WebDriver, base: str, user: str, shots: Path) -> None:
    """Assignments tab: fetch the feedback, follow "view feedback", open the page."""
    _open_assignments(driver, base, user)
    _wait(driver, "//div[@id='submitted_assignments_list']//button[text()='Fetch Feedback']").click()
    view = _wait(driver, "//div[@id='submitted_assignments_list']//a[contains(text(), 'view feedback')]")
    _shot(driver, shots, "6-feedback-fetched")
    view.click()
    page = _wait(driver, f"//li[contains(@class, 'jp-DirListing-item')]//span[text()='{LAB}.html']")
    _shot(driver, shots, "7-feedback-folder")
    webdriver.ActionChains(driver).double_click(page).perform()
    _wait(driver, "//div[contains(@class, 'jp-HTMLViewer') or contains(@class, 'jp-RenderedHTML')]//iframe")
    time.sleep(3)
    _shot(driver, shots, "8-feedback-in-jupyterlab")
    folder = sorted((Path(pwd.getpwnam(user).pw_dir) / LAB / "feedback").iterdir())[-1]
    driver.get(f"{base}/user/{user}/files/{LAB}/feedback/{folder.name}/{LAB}.html")
    time.sleep(2)
    print(f"feedback page says: {driver.find_element(By.TAG_NAME, 'body').text[:600]!r}")
    _shot(driver, shots, "9-feedback-page")


if __name__ == "__main__":
    sys.exit(main())
