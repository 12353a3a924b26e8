"""A local Neo4j Community server run from Maven Central jars: fetch, start, stop, status, import.

Neo4j's own downloads (neo4j.com, Docker Hub) are often out of reach, but Neo4j Community and
Neo4j Browser are published on Maven Central as ordinary jars, and the server's real entry
point runs from them. Maven fetches them once into ``<cache>/dateline/neo4j/<version>/lib``
(``<cache>`` is ``$XDG_CACHE_HOME`` or ``~/.cache``); that folder is also the home of the
default server (conf/, data/, logs/, run/neo4j.pid, dateline-server.json). Other homes (the
test suite's) share the same jars. The jars are GPLv3: they are run, never shipped.

Users who already run Neo4j (Desktop, Docker, Aura) skip all this and pass its address.
"""
from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape


from dateline.exports.files import write_atomic

# The newest 5.26 (LTS, the last line that runs on Java 17) that resolves on Maven Central.
NEO4J_VERSION = "5.26.30"
BROWSER_VERSION = "5.24.0"
SERVER_ARTIFACTS = [f"org.neo4j:neo4j:{NEO4J_VERSION}", f"org.neo4j.client:neo4j-browser:{BROWSER_VERSION}"]
CYPHER_SHELL_ARTIFACTS = [f"org.neo4j:cypher-shell:{NEO4J_VERSION}"]

USER = "neo4j"
BOLT_PORT = 7687
HTTP_PORT = 7474
# Heap plus page cache stay modest: the machine runs other things beside the server.
HEAP = "1g"
PAGECACHE = "512m"
STARTUP_TIMEOUT = 180.0
STOP_TIMEOUT = 60.0

# From Neo4j's own launcher.
JVM_OPTIONS = [
    f"-Xms{HEAP}", f"-Xmx{HEAP}", "-XX:+UseG1GC", "-Dfile.encoding=UTF-8",
    "-Dio.netty.tryReflectionSetAccessible=true", "-Djdk.nio.maxCachedBufferSize=1024",
    "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED",
]
SERVER_MAIN = "org.neo4j.server.CommunityEntryPoint"
ADMIN_MAIN = "org.neo4j.cli.AdminTool"
CYPHER_SHELL_MAIN = "org.neo4j.shell.Main"

STATE_FILE = "dateline-server.json"
PID_FILE = Path("run") / "neo4j.pid"


class Neo4jExportError(Exception):
    """A Neo4j server, load or import failed; the message says why and what to do next."""


@dataclass(frozen=True)
class Neo4jServer:
    """A running local server and how to reach it."""

    uri: str
    user: str
    password: str | None  # None when auth is off
    http_url: str
    home: Path
    pid: int

    @property
    def browser_url(self) -> str:
        return f"{self.http_url}/browser/"


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "dateline" / "neo4j"


def default_home() -> Path:
    return cache_dir() / NEO4J_VERSION


def fetch_jars(artifacts: list[str], dest: Path) -> Path:
    """``dest`` holding the ``group:artifact:version`` jars and their run-time dependencies.

    Fetched with Maven on first use; the folder appears whole or not at all.
    """
    if dest.is_dir():
        return dest
    mvn = shutil.which("mvn")
    if mvn is None:
        raise Neo4jExportError(
            "Maven (mvn) is not on PATH: dateline fetches Neo4j from Maven Central with it. "
            "Install Maven 3.8+ (and Java 17+), or run Neo4j yourself and pass --uri/--user/--password.")
    dest.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=dest.parent, prefix=".fetch-") as work:
        jars = Path(work) / "jars"
        dependencies = "\n".join(
            "    <dependency><groupId>{}</groupId><artifactId>{}</artifactId><version>{}</version></dependency>"
            .format(*(escape(part) for part in artifact.split(":"))) for artifact in artifacts)
        template = (Path(__file__).parent / "assets" / "neo4j-pom.xml").read_text(encoding="utf-8")
        pom = Path(work) / "pom.xml"
        pom.write_text(template.format(dependencies=dependencies, output=escape(str(jars))), encoding="utf-8")
        done = subprocess.run([mvn, "-B", "-q", "-f", str(pom), "package"], capture_output=True, text=True)
        if done.returncode != 0 or not jars.is_dir():
            raise Neo4jExportError(
                f"Maven could not fetch {', '.join(artifacts)} from Maven Central:\n"
                + _tail(done.stdout + done.stderr))
        try:
            os.replace(jars, dest)
        except OSError:
            if not dest.is_dir():  # else another process fetched them meanwhile
                raise
    return dest


def server_jars() -> Path:
    return fetch_jars(SERVER_ARTIFACTS, default_home() / "lib")


def cypher_shell_jars() -> Path:
    return fetch_jars(CYPHER_SHELL_ARTIFACTS, default_home() / "cypher-shell")


def start_server(home: Path | None = None, bolt_port: int | None = None, http_port: int | None = None,
                 auth: bool = True, read_only: bool = False) -> Neo4jServer:
    """Start Neo4j on 127.0.0.1 in ``home`` and wait until it answers; a no-op if it already runs.

    Ports default to the home's previous ones, else 7687 and 7474. With auth on, a new home
    gets user ``neo4j`` with a generated password, kept in the home's ``dateline-server.json``
    so that later starts, ``server_status`` and loads find it.
    """
    home = (home or default_home()).resolve()
    running = server_status(home)
    if running is not None:
        return running
    state = _read_state(home)
    bolt_port = bolt_port or state.get("bolt_port", BOLT_PORT)
    http_port = http_port or state.get("http_port", HTTP_PORT)
    lib = server_jars()
    java = _java()
    for port in (bolt_port, http_port):
        if not _port_free(port):
            raise Neo4jExportError(
                f"Port {port} on 127.0.0.1 is taken (another Neo4j?). Stop it, or load into it "
                "with --uri/--user/--password, or start this one on other ports.")
    _write_conf(home, bolt_port, http_port, auth, read_only)
    password = state.get("password")
    if auth and password is None:
        if (home / "data" / "dbms" / "auth.ini").exists() or (home / "data" / "databases" / "system").exists():
            raise Neo4jExportError(
                f"{home} holds a Neo4j store whose password dateline does not know "
                f"({home / STATE_FILE} is missing); remove {home / 'data'} to start afresh.")
        password = secrets.token_hex(12)  # nothing a shell or an option parser would read as syntax
        _run_admin(lib, home, ["dbms", "set-initial-password", password])
    _write_state(home, {"user": USER, "password": password, "bolt_port": bolt_port,
                        "http_port": http_port, "auth": auth})
    (home / "logs").mkdir(parents=True, exist_ok=True)
    (home / PID_FILE).parent.mkdir(parents=True, exist_ok=True)
    with open(home / "logs" / "console.log", "ab") as console:
        process = subprocess.Popen(
            [java, *JVM_OPTIONS, "-cp", str(lib / "*"), SERVER_MAIN,
             f"--home-dir={home}", f"--config-dir={home / 'conf'}"],
            cwd=home, stdin=subprocess.DEVNULL, stdout=console, stderr=subprocess.STDOUT,
            start_new_session=True)  # the server outlives `dateline neo4j start`
    (home / PID_FILE).write_text(f"{process.pid}\n")
    server = _server(home, process.pid)
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while True:
        if process.poll() is not None:
            (home / PID_FILE).unlink(missing_ok=True)
            raise Neo4jExportError(
                f"Neo4j in {home} stopped while starting (exit code {process.returncode}):\n"
                + _log_tail(home))
        if _answers(server):
            return server
        if time.monotonic() > deadline:
            stop_server(home)
            raise Neo4jExportError(
                f"Neo4j in {home} did not answer within {STARTUP_TIMEOUT:.0f} s:\n" + _log_tail(home))
        time.sleep(0.5)


def stop_server(home: Path | None = None) -> bool:
    """Stop the server of ``home``; True if one was running."""
    home = (home or default_home()).resolve()
    pid = _running_pid(home)
    if pid is None:
        (home / PID_FILE).unlink(missing_ok=True)
        return False
    os.kill(pid, signal.SIGTERM)  # Neo4j shuts down cleanly on SIGTERM (checkpoint, then exit)
    deadline = time.monotonic() + STOP_TIMEOUT
    while _alive(pid):
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
            deadline = float("inf")
        time.sleep(0.2)
    (home / PID_FILE).unlink(missing_ok=True)
    return True


def server_status(home: Path | None = None) -> Neo4jServer | None:
    """The server of ``home`` if its process runs, else None."""
    home = (home or default_home()).resolve()
    pid = _running_pid(home)
    return None if pid is None else _server(home, pid)


def default_connection(uri: str | None = None, user: str | None = None, password: str | None = None) -> dict:
    """``uri``, ``user``, ``password`` for ``load_graph``: the arguments, else ``NEO4J_URI``,
    ``NEO4J_USER``, ``NEO4J_PASSWORD``, else the server of ``dateline neo4j start`` if it runs,
    else Neo4j's defaults. The local server's password goes with the local server's address.
    """
    local = server_status()
    uri = uri or os.environ.get("NEO4J_URI") or (local.uri if local else f"bolt://127.0.0.1:{BOLT_PORT}")
    user = user or os.environ.get("NEO4J_USER") or USER
    if password is None:
        password = os.environ.get("NEO4J_PASSWORD")
    if password is None and local is not None and uri == local.uri:
        password = local.password
    return {"uri": uri, "user": user, "password": password}


def cli_start() -> str:
    """Start the default server (fetching Neo4j on first use) and say how to reach it."""
    return "Neo4j is running.\n" + describe(start_server())


def cli_stop() -> str:
    return "Neo4j stopped." if stop_server() else "Neo4j was not running."


def cli_status() -> str:
    server = server_status()
    return f"Neo4j is not running (home {default_home()})." if server is None else "Neo4j is running.\n" + describe(server)


def describe(server: Neo4jServer) -> str:
    return (f"  Bolt     {server.uri}\n"
            f"  Browser  {server.browser_url}\n"
            f"  user     {server.user}\n"
            f"  password {server.password if server.password is not None else '(auth off)'}\n"
            f"  home     {server.home} (pid {server.pid}; logs in {server.home / 'logs'})")


def import_files(files_dir: Path, home: Path) -> None:
    """Bulk-import the CSV files of ``files_dir`` (``write_neo4j_files``) into ``home``'s
    ``neo4j`` database with ``neo4j-admin database import full``.

    The database must not exist yet and the server of ``home`` must be stopped; start it
    afterwards with ``start_server(home, ...)``.
    """
    home = home.resolve()
    if _running_pid(home) is not None:
        raise Neo4jExportError(f"Stop the Neo4j server of {home} before a bulk import.")
    if not (home / "conf" / "neo4j.conf").exists():
        _write_conf(home, BOLT_PORT, HTTP_PORT, auth=True, read_only=False)
    output = _run_admin(server_jars(), home, ["database", "import", "full", "@import.args", "neo4j"],
                        cwd=files_dir)
    if "IMPORT DONE" not in output:
        raise Neo4jExportError(f"neo4j-admin import into {home} did not finish:\n" + _tail(output))


def cypher_shell_command(uri: str, user: str | None, password: str | None) -> list[str]:
    """The argv of cypher-shell (from Maven Central jars) connected to ``uri``."""
    command = [_java(), "-Dfile.encoding=UTF-8", "-cp", str(cypher_shell_jars() / "*"), CYPHER_SHELL_MAIN,
               "-a", uri, "--non-interactive"]
    if password is not None:
        command += ["-u", user or USER, "-p", password]
    return command


def _server(home: Path, pid: int) -> Neo4jServer:
    state = _read_state(home)
    return Neo4jServer(uri=f"bolt://127.0.0.1:{state['bolt_port']}", user=state["user"],
                       password=state["password"] if state["auth"] else None,
                       http_url=f"http://127.0.0.1:{state['http_port']}", home=home, pid=pid)


def _write_conf(home: Path, bolt_port: int, http_port: int, auth: bool, read_only: bool) -> None:
    settings = {
        "server.default_listen_address": "127.0.0.1",
        "server.default_advertised_address": "127.0.0.1",
        "server.bolt.listen_address": f"127.0.0.1:{bolt_port}",
        # Browser connects to the Bolt address the server advertises
        "server.bolt.advertised_address": f"127.0.0.1:{bolt_port}",
        "server.http.listen_address": f"127.0.0.1:{http_port}",
        "server.http.advertised_address": f"127.0.0.1:{http_port}",
        "server.https.enabled": "false",
        "dbms.security.auth_enabled": str(auth).lower(),
        "server.databases.default_to_read_only": str(read_only).lower(),
        "server.memory.heap.initial_size": HEAP,
        "server.memory.heap.max_size": HEAP,
        "server.memory.pagecache.size": PAGECACHE,
        "dbms.usage_report.enabled": "false",
    }
    conf = "".join(f"{key}={value}\n" for key, value in settings.items())
    write_atomic(home / "conf" / "neo4j.conf", conf)


def _run_admin(lib: Path, home: Path, args: list[str], cwd: Path | None = None) -> str:
    """Run neo4j-admin from the server jars; its output, or Neo4jExportError on failure."""
    environment = {**os.environ, "NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf")}
    done = subprocess.run([_java(), f"-Xmx{HEAP}", "-Dfile.encoding=UTF-8", "-cp", str(lib / "*"), ADMIN_MAIN,
                           *args], cwd=cwd or home, env=environment, capture_output=True, text=True)
    output = done.stdout + done.stderr
    if done.returncode != 0:
        raise Neo4jExportError(f"neo4j-admin {args[0]} {args[1]} failed in {home}:\n" + _tail(output))
    return output


def _read_state(home: Path) -> dict:
    path = home / STATE_FILE
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def _write_state(home: Path, state: dict) -> None:
    """Written whole and readable by its owner only: it holds the password."""
    path = home / STATE_FILE
    temporary = path.with_name(f".{STATE_FILE}.tmp")
    with os.fdopen(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w", encoding="utf-8") as out:
        out.write(json.dumps(state, indent=2) + "\n")
    os.replace(temporary, path)


def _java() -> str:
    java_home = os.environ.get("JAVA_HOME")
    java = str(Path(java_home) / "bin" / "java") if java_home else shutil.which("java")
    if java is None or not Path(java).exists():
        raise Neo4jExportError("Java is not installed (or not on PATH): Neo4j 5.26 needs Java 17 or 21.")
    return java


def _running_pid(home: Path) -> int | None:
    try:
        pid = int((home / PID_FILE).read_text().strip())
    except (FileNotFoundError, ValueError):
        return None
    if not _alive(pid):
        return None
    # A pid file outliving its process may name someone else's process: check what it runs.
    cmdline = Path(f"/proc/{pid}/cmdline")
    if cmdline.exists() and f"--home-dir={home}".encode() not in cmdline.read_bytes():
        return None
    return pid


def _alive(pid: int) -> bool:
    try:
        finished, _ = os.waitpid(pid, os.WNOHANG)  # reap it if it is our child and has exited
        if finished == pid:
            return False
    except ChildProcessError:
        pass
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def free_ports(count: int) -> list[int]:
    """Ports on 127.0.0.1 that nothing listens on now, for a server of one's own (tests, benchmarks)."""
    sockets = [socket.socket() for _ in range(count)]
    for s in sockets:
        s.bind(("127.0.0.1", 0))
    ports = [s.getsockname()[1] for s in sockets]
    for s in sockets:
        s.close()
    return ports


def _port_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        # as the server binds: connections of a stopped server lingering in TIME_WAIT do not count
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _answers(server: Neo4jServer) -> bool:
    """True once both Bolt and HTTP (Browser) answer; Bolt comes up about a second earlier."""
    try:
        with urllib.request.urlopen(server.http_url, timeout=2):
            pass
    except OSError:
        return False
    from neo4j import GraphDatabase   # the driver (half a second to import) only where one is used
    from neo4j.exceptions import AuthError, ServiceUnavailable

    auth = (server.user, server.password) if server.password is not None else None
    try:
        with GraphDatabase.driver(server.uri, auth=auth, connection_timeout=2) as driver:
            driver.verify_connectivity()
    except (ServiceUnavailable, OSError):
        return False
    except AuthError as error:
        raise Neo4jExportError(f"Neo4j in {server.home} refused dateline's own credentials: {error.message}")
    return True


def _log_tail(home: Path) -> str:
    lines = []
    for name in ("neo4j.log", "console.log"):
        path = home / "logs" / name
        if path.exists():
            lines.append(f"--- {path}\n" + _tail(path.read_text(encoding="utf-8", errors="replace")))
    return "\n".join(lines)


def _tail(text: str, lines: int = 25) -> str:
    return "\n".join(text.strip().splitlines()[-lines:])
