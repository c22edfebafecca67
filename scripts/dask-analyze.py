#!/usr/bin/env python3
"""Run `jdmatch analyze --format jsonl` over many files on a Dask cluster and gather one JSONL output.

Usage (from the project root):
  scripts/dask-analyze.py PATH... [--files-from FILE|-] [--resume [--as-of YYYY-MM]] [--lexicon PATH]
                          [--scheduler ADDRESS | --workers N] [--shard-size N] [--jdmatch PATH] [--output FILE]
  scripts/dask-analyze.py PATH... [--files-from FILE|-] [--resume] --list

The input list is the files named (as given, in that order), each folder expanded in place (walked
recursively, hidden files and folders skipped, symlinked folders followed once, the files with an
extension `analyze` reads sorted by path in code-point order, the order of `LC_ALL=C sort`), then the
paths listed in --files-from, one a line (blank lines ignored, as `jdmatch --files-from` reads them).
`--list` prints that list and stops: `scripts/dask-analyze.py --list DIR | jdmatch analyze --format jsonl
--files-from -` is the single-process run the gathered output equals.

The list is cut into contiguous shards (--shard-size files each; by default about four shards per worker
thread, so a slow shard does not hold the others back). Each shard runs as one Dask task: on a worker,
`jdmatch analyze --format jsonl --files-from -` with the shard's paths on standard input. The shards'
outputs are written in shard order, so the output is the single-process output byte for byte: each line
depends only on its own file, and a shard's lines come in its list's order.

Workers run jdmatch in the driver's working directory, so they must see it and the files at the same
paths (the same checkout, or a shared file system). The binary is --jdmatch, else $JDMATCH, else
.build/release/jdmatch; a relative one is found from that directory on the worker.

Exit status: 0 every input was read; 1 some could not be (their {"error", "file"} lines are in the output,
and jdmatch's reasons on stderr, as a single run gives them); 2 usage error; 3 a shard's jdmatch did not
finish (it exited with status 2 or more, was killed, or could not be started), or the cluster failed:
each failed shard is named with its place in the list and its files, and nothing is written.

Standard library and dask.distributed only (PyPI `dask[distributed]`; scripts/dask-requirements.txt pins
what CI installs).
"""
import argparse
import os
import re
import sys
import unicodedata
import uuid

JSONL_COMMAND = ["analyze", "--format", "jsonl", "--files-from", "-"]
POSTING_EXTENSIONS = {"html", "htm", "xhtml", "mhtml", "mht", "txt", "md", "markdown", "pdf", "csv", "jsonl"}
RESUME_EXTENSIONS = {"html", "htm", "txt", "md", "markdown", "docx", "pdf", "json"}
# Swift's Character.isNewline, where `jdmatch --files-from` splits its list; a path holding one cannot be listed.
NEWLINES = re.compile("\r\n|[\n\v\f\r\x85\u2028\u2029]")
SHARDS_PER_THREAD = 4
FAILED_FILES_SHOWN = 20


def fail(message, status=2):
    print(f"dask-analyze: {message}", file=sys.stderr)
    sys.exit(status)


def is_blank(line):
    """Whitespace only, as Swift's CharacterSet.whitespaces has it (category Zs and tab)."""
    return all(c == "\t" or unicodedata.category(c) == "Zs" for c in line)


def listed_paths(source):
    """The paths of a --files-from list, read as `jdmatch --files-from` reads them."""
    try:
        if source == "-":
            data = sys.stdin.buffer.read()
        else:
            with open(source, "rb") as handle:
                data = handle.read()
    except OSError as error:
        fail(f"--files-from: cannot read {source}: {error.strerror}")
    text = data.decode("utf-8", errors="replace")
    return [line for line in NEWLINES.split(text) if not is_blank(line)]


def walk(folder, extensions, visited):
    """The files under `folder` with one of `extensions`, sorted by path; hidden names skipped."""
    real = os.path.realpath(folder)
    if real in visited:
        return []
    visited.add(real)
    found = []
    try:
        names = os.listdir(folder)
    except OSError as error:
        fail(f"{folder}: cannot list the folder: {error.strerror}")
    for name in names:
        if name.startswith("."):
            continue
        path = folder + name if folder.endswith("/") else folder + "/" + name
        if os.path.isdir(path):
            found.extend(walk(path, extensions, visited))
        elif os.path.isfile(path) and os.path.splitext(name)[1][1:].lower() in extensions:
            found.append(path)
    return sorted(found)


def input_list(paths, files_from, resume):
    """Files as named, folders expanded in place, then those listed."""
    extensions = RESUME_EXTENSIONS if resume else POSTING_EXTENSIONS
    files = []
    visited = set()
    for path in paths:
        if os.path.isdir(path):
            seen = os.path.realpath(path) in visited
            inside = walk(path, extensions, visited)
            if not inside and not seen:
                print(f"dask-analyze: {path}: no file to analyze under {path}", file=sys.stderr)
            files.extend(inside)
        else:
            files.append(path)
    if files_from is not None:
        files.extend(listed_paths(files_from))
    for path in files:
        if NEWLINES.search(path) or is_blank(path):
            fail(f"{path!r}: a path with a line break, or blank, cannot be passed in a list")
    return files


def run_shard(jdmatch, options, files, workdir):
    """On a worker: `jdmatch analyze --format jsonl --files-from -` over the shard's files.

    Returns a dict (status, stdout, stderr, host); status is None when jdmatch could not be started. Defined
    here and shipped by value (cloudpickle), so workers need no copy of this script.
    """
    import socket
    import subprocess

    listing = b"".join(os.fsencode(path) + b"\n" for path in files)
    try:
        done = subprocess.run(
            [jdmatch] + JSONL_COMMAND + options, input=listing, capture_output=True, cwd=workdir)
    except OSError as error:
        return {"status": None, "stdout": b"", "stderr": f"cannot run {jdmatch}: {error}\n".encode(),
                "host": socket.gethostname()}
    return {"status": done.returncode, "stdout": done.stdout, "stderr": done.stderr, "host": socket.gethostname()}


def describe(status):
    if status is None:
        return "could not be started"
    if status < 0:
        return f"was killed by signal {-status}"
    return f"exited with status {status}"


def report_failure(index, count, start, files, reason, stderr=b""):
    """Names a failed shard, its place in the input list and its files, on stderr."""
    end = start + len(files)
    lines = [f"dask-analyze: shard {index + 1} of {count} (files {start + 1}–{end} of the list) failed: {reason}"]
    for line in stderr.decode("utf-8", errors="replace").splitlines()[-10:]:
        lines.append(f"  | {line}")
    lines.extend(f"  {path}" for path in files[:FAILED_FILES_SHOWN])
    if len(files) > FAILED_FILES_SHOWN:
        lines.append(f"  … and {len(files) - FAILED_FILES_SHOWN} more (`--list` prints the list)")
    print("\n".join(lines), file=sys.stderr)


class Output:
    """The gathered lines, spooled to a temporary file: renamed onto --output, or copied to stdout, only
    once every shard has succeeded."""

    def __init__(self, path):
        import tempfile
        self.path = path
        folder = os.path.dirname(os.path.abspath(path)) if path else None
        prefix = "." + os.path.basename(path) + ".tmp-" if path else "dask-analyze-"
        try:
            descriptor, self.temporary = tempfile.mkstemp(prefix=prefix, dir=folder)
        except OSError as error:
            fail(f"{path}: cannot write output: {error.strerror}")
        self.handle = os.fdopen(descriptor, "wb")

    def write(self, data):
        self.handle.write(data)

    def commit(self):
        try:
            self.handle.flush()
            if self.path is None:
                self.handle.close()
                with open(self.temporary, "rb") as spooled:
                    while chunk := spooled.read(1 << 20):
                        sys.stdout.buffer.write(chunk)
                sys.stdout.buffer.flush()
                return
            # mkstemp makes the file private; the output gets the old file's mode, or the usual one.
            try:
                mode = os.stat(self.path).st_mode & 0o7777
            except FileNotFoundError:
                mask = os.umask(0o022)
                os.umask(mask)
                mode = 0o666 & ~mask
            os.fchmod(self.handle.fileno(), mode)
            os.fsync(self.handle.fileno())
            self.handle.close()
            os.replace(self.temporary, self.path)
        except OSError as error:
            fail(f"{self.path or 'standard output'}: cannot write output: {error.strerror}")
        finally:
            self.discard()

    def discard(self):
        if not self.handle.closed:
            self.handle.close()
        if os.path.exists(self.temporary):
            os.unlink(self.temporary)


def gather(client, jdmatch, options, files, shard_size, output):
    """Runs the shards; writes their outputs in shard order. Returns (some inputs failed, shards failed)."""
    shards = [files[start:start + shard_size] for start in range(0, len(files), shard_size)]
    workdir = os.getcwd()
    # Keys name the run too: two drivers on one scheduler must never share a task.
    run = uuid.uuid4().hex[:12]
    futures = client.map(
        run_shard, [jdmatch] * len(shards), [options] * len(shards), shards, [workdir] * len(shards),
        key=[f"jdmatch-analyze-{run}-shard-{index + 1}" for index in range(len(shards))], pure=False)
    inputs_failed = False
    shards_failed = 0
    # In shard order: a shard's result stays on its worker until its turn, so the driver holds one at a time.
    for index, future in enumerate(futures):
        start = index * shard_size
        try:
            result = future.result()
        except Exception as error:  # a worker lost too often, a task that could not be sent or run
            report_failure(index, len(shards), start, shards[index], f"{type(error).__name__}: {error}")
            shards_failed += 1
            continue
        finally:
            future.release()
        sys.stderr.buffer.write(result["stderr"] if result["status"] in (0, 1) else b"")
        sys.stderr.buffer.flush()
        if result["status"] not in (0, 1):
            report_failure(
                index, len(shards), start, shards[index],
                f"jdmatch {describe(result['status'])} on {result['host']}", result["stderr"])
            shards_failed += 1
            continue
        inputs_failed = inputs_failed or result["status"] == 1
        if shards_failed == 0:
            output.write(result["stdout"])
    return inputs_failed, shards_failed


def main():
    parser = argparse.ArgumentParser(
        description="Run `jdmatch analyze --format jsonl` over files sharded on a Dask cluster; the output "
        "equals the single-process run's, byte for byte.")
    parser.add_argument("paths", nargs="*", metavar="PATH", help="files, and folders to walk")
    parser.add_argument("--files-from", metavar="FILE|-", help="more paths, one a line; - reads standard input")
    parser.add_argument("--resume", action="store_true", help="analyze resumes (jdmatch analyze --resume)")
    parser.add_argument("--as-of", metavar="YYYY-MM", help="passed to jdmatch analyze --resume")
    parser.add_argument("--lexicon", metavar="PATH", help="passed to jdmatch")
    parser.add_argument("--scheduler", metavar="ADDRESS", help="a running scheduler (tcp://host:8786); "
                        "without it, a local cluster of --workers processes")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, metavar="N",
                        help="worker processes of the local cluster (default: the core count)")
    parser.add_argument("--shard-size", type=int, metavar="N",
                        help=f"files per shard (default: about {SHARDS_PER_THREAD} shards per worker thread)")
    parser.add_argument("--jdmatch", default=os.environ.get("JDMATCH") or ".build/release/jdmatch",
                        metavar="PATH", help="the binary (default: $JDMATCH, else .build/release/jdmatch)")
    parser.add_argument("--output", metavar="FILE", help="write here atomically instead of standard output")
    parser.add_argument("--list", action="store_true", help="print the input list, one a line, and stop")
    arguments = parser.parse_args()
    if arguments.as_of and not arguments.resume:
        fail("--as-of is for --resume")
    if arguments.workers < 1 or (arguments.shard_size is not None and arguments.shard_size < 1):
        fail("--workers and --shard-size take a positive number")

    files = input_list(arguments.paths, arguments.files_from, arguments.resume)
    if arguments.list:
        sys.stdout.buffer.write(b"".join(os.fsencode(path) + b"\n" for path in files))
        return 0
    if not files:
        fail("no file to analyze: name files or folders, or list them with --files-from")
    options = (["--resume"] if arguments.resume else []) + (["--as-of", arguments.as_of] if arguments.as_of else [])
    options += ["--lexicon", arguments.lexicon] if arguments.lexicon else []

    import logging
    from dask.distributed import Client, LocalCluster

    output = Output(arguments.output)
    cluster = None
    try:
        if arguments.scheduler:
            client = Client(arguments.scheduler)
        else:
            cluster = LocalCluster(n_workers=arguments.workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None, silence_logs=logging.ERROR)
            client = Client(cluster)
        with client:
            threads = sum(client.nthreads().values()) or 1
            shard_size = arguments.shard_size or max(1, -(-len(files) // (threads * SHARDS_PER_THREAD)))
            inputs_failed, shards_failed = gather(client, arguments.jdmatch, options, files, shard_size, output)
    except (OSError, TimeoutError) as error:
        output.discard()
        fail(f"cluster: {error}", status=3)
    except BaseException:
        output.discard()
        raise
    finally:
        if cluster is not None:
            cluster.close()
    if shards_failed:
        output.discard()
        print(f"dask-analyze: {shards_failed} shard(s) failed; nothing written", file=sys.stderr)
        return 3
    output.commit()
    return 1 if inputs_failed else 0


if __name__ == "__main__":
    sys.exit(main())
