"""Execute every notebook in notebooks/ end to end, as part of the test command.

Usage: python scripts/run_notebooks.py [NOTEBOOK ...]

Each notebook runs in a fresh kernel of this interpreter, with notebooks/ as its working
directory; the first cell that raises fails the run (exit status 1) and its traceback is
printed. The notebooks must be stored without outputs, so that diffs stay readable: a
notebook with outputs or execution counts fails too. Nothing is written back.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
TIMEOUT_PER_CELL = 600


def stored_outputs(notebook: object) -> list[int]:
    """Indexes of the code cells that carry outputs or an execution count."""
    cells = getattr(notebook, "cells", [])
    return [
        index
        for index, cell in enumerate(cells)
        if cell.cell_type == "code" and (cell.get("outputs") or cell.get("execution_count"))
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("notebooks", nargs="*", type=Path, help="default: notebooks/*.ipynb")
    args = parser.parse_args(argv)

    # Jupyter's own deprecation notice about its config paths is not ours to see.
    os.environ.setdefault("JUPYTER_PLATFORM_DIRS", "1")
    import nbformat
    from jupyter_client.manager import KernelManager
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    paths = args.notebooks or sorted(NOTEBOOKS.glob("*.ipynb"))
    if not paths:
        print(f"no notebook in {NOTEBOOKS}", file=sys.stderr)
        return 1
    failed = 0
    for path in paths:
        notebook = nbformat.read(path, as_version=4)
        nbformat.validate(notebook)
        dirty = stored_outputs(notebook)
        if dirty:
            print(f"FAIL {path.name}: cells {dirty} are stored with outputs", flush=True)
            failed += 1
            continue
        start = time.perf_counter()
        with tempfile.TemporaryDirectory(prefix="crosscheck-nb-") as sockets:
            # Local sockets in a private directory: no TCP port, nothing left behind.
            kernel = KernelManager(
                kernel_name="python3", transport="ipc", ip=str(Path(sockets) / "kernel")
            )
            client = NotebookClient(
                notebook,
                km=kernel,
                timeout=TIMEOUT_PER_CELL,
                extra_arguments=["--InteractiveShell.colors=nocolor"],
                resources={"metadata": {"path": str(path.parent)}},
            )
            try:
                client.execute()
            except CellExecutionError as error:
                print(f"FAIL {path.name}\n{error}", flush=True)
                failed += 1
                continue
            finally:
                if kernel.has_kernel:  # a kernel we hand in is ours to stop
                    kernel.shutdown_kernel(now=True)
        cells = sum(cell.cell_type == "code" for cell in notebook.cells)
        seconds = time.perf_counter() - start
        print(f"ok   {path.name}: {cells} code cells in {seconds:.1f}s", flush=True)
    print(f"notebooks: {len(paths) - failed} ran cleanly, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
