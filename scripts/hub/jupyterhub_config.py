"""JupyterHub for the course, as scripts/hub/run_hub.py starts it: loopback only, real Linux users.

Every value comes from the environment run_hub.py sets (``MCL_HUB_*``), so this file holds no secret and no
machine's paths. Each student's single-user server runs as that user (LocalProcessSpawner) with
``JUPYTER_CONFIG_DIR`` at ``~/work/.jupyter``, the folder ``python -m autograder workspace`` writes:
nbgrader's instructor tools off, the Assignments tab (fetch and submit through the exchange) on.
"""

import os
import sys
from pathlib import Path

c = get_config()  # noqa: F821  (JupyterHub injects get_config)

state = Path(os.environ["MCL_HUB_DIR"])
port = int(os.environ["MCL_HUB_PORT"])

c.JupyterHub.bind_url = f"http://127.0.0.1:{port}"
c.JupyterHub.hub_bind_url = f"http://127.0.0.1:{port + 1}"
c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{port + 2}"
c.ConfigurableHTTPProxy.command = [os.environ["MCL_HUB_PROXY"]]
c.JupyterHub.db_url = f"sqlite:///{state / 'jupyterhub.sqlite'}"
c.JupyterHub.cookie_secret_file = str(state / "jupyterhub_cookie_secret")
c.ConfigurableHTTPProxy.pid_file = str(state / "proxy.pid")

c.JupyterHub.authenticator_class = "dummy"
c.DummyAuthenticator.password = os.environ["MCL_HUB_PASSWORD"]
c.Authenticator.allowed_users = set(os.environ["MCL_HUB_USERS"].split())

c.JupyterHub.spawner_class = "localprocess"
c.Spawner.cmd = [str(Path(sys.executable).with_name("jupyterhub-singleuser"))]
c.Spawner.default_url = "/lab"
c.Spawner.ip = "127.0.0.1"
c.Spawner.http_timeout = 120  # two cores shared with other work: JupyterLab may take a while to answer
c.Spawner.start_timeout = 180


def _student_config_dir(spawner) -> str:
    """The user's ``~/work/.jupyter`` (written by ``python -m autograder workspace`` as that user)."""
    return str(Path(spawner.user_env({})["HOME"]) / "work" / ".jupyter")


c.Spawner.environment = {"JUPYTER_CONFIG_DIR": _student_config_dir}
if os.environ.get("MCL_HUB_PYTHONPATH"):  # the hub extra installed beside the venv (see install.sh)
    c.Spawner.environment["PYTHONPATH"] = os.environ["MCL_HUB_PYTHONPATH"]
