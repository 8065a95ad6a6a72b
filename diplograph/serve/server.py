"""Running the application: uvicorn on a socket bound first, so a taken port is a clear error.

Examples
--------
>>> sock = bind_socket("127.0.0.1", 0)
>>> try:
...     bind_socket("127.0.0.1", sock.getsockname()[1])
... except PortInUseError as err:
...     print(err.code, "choose another with --port" in str(err))
E030 True
>>> sock.close()
"""
from __future__ import annotations

import errno
import logging
import socket
import threading

from ..errors import DiplographError

__all__ = ["PortInUseError", "bind_socket", "run_server", "ServerThread"]

log = logging.getLogger(__name__)


class PortInUseError(DiplographError):
    """The port asked for is taken."""

    code = "E030"


def bind_socket(host: str, port: int) -> socket.socket:
    """A listening TCP socket on ``host``:``port`` (``port`` 0 picks a free one)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Accepted connections inherit it (Linux): the response's head and body go out at
    # once, not 40 ms apart (Nagle's algorithm against the client's delayed ACK).
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    try:
        sock.bind((host, port))
    except OSError as err:
        sock.close()
        if err.errno == errno.EADDRINUSE:
            raise PortInUseError(f"port {port} on {host} is in use by another program: "
                                 "choose another with --port") from None
        raise DiplographError(f"cannot listen on {host}:{port}: {err.strerror}") from None
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


def _server(app, sock: socket.socket, log_level: str):
    import uvicorn

    host, port = sock.getsockname()[:2]
    config = uvicorn.Config(app, host=host, port=port, log_level=log_level, access_log=False,
                            lifespan="on", server_header=False)
    return uvicorn.Server(config)


def run_server(app, sock: socket.socket, log_level: str = "warning") -> None:
    """Serve ``app`` on the bound ``sock`` until interrupted (Ctrl-C)."""
    _server(app, sock, log_level).run(sockets=[sock])


class ServerThread:
    """``app`` served on ``sock`` in a background thread (tests, benchmarks).

    ``with ServerThread(app, sock) as url: ...`` serves until the block ends.
    """

    def __init__(self, app, sock: socket.socket):
        self.sock = sock
        self.server = _server(app, sock, "warning")
        self.server.install_signal_handlers = lambda: None  # not the main thread
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [sock]},
                                       daemon=True)

    def __enter__(self) -> str:
        import time

        self.thread.start()
        while not self.server.started:
            if not self.thread.is_alive():
                raise DiplographError("the server did not start")
            time.sleep(0.02)
        host, port = self.sock.getsockname()[:2]
        return f"http://{host}:{port}"

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(10)
        self.sock.close()
