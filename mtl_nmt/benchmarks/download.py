"""Verified, resumable downloads and safe archive extraction for the benchmark recipes.

A :class:`Source` names one archive: its URL and, where one is published, its checksum (sha256 or
md5) with a note saying where it was published.  Where none is published, the sha256 of the first
complete download is recorded next to the file (``<name>.tofu.sha256``, trust on first use) and
every later run verifies against it.  ``file://`` URLs work the same way (used by the tests).
"""
import hashlib
import json
import os
import shutil
import tarfile
import urllib.error
import urllib.request
import zipfile
from dataclasses import dataclass
from typing import Callable, Dict, List, Optional

from ..errors import MtlNmtError

CHUNK = 1 << 20


class ChecksumError(MtlNmtError):
    """A downloaded file does not match its pinned or recorded checksum."""


@dataclass(frozen=True)
class Source:
    """One downloadable archive; ``sha256``/``md5`` are None where no checksum is published."""
    url: str
    filename: str
    sha256: Optional[str] = None
    md5: Optional[str] = None
    size: Optional[int] = None
    checksum_from: str = ""

    def with_overrides(self, url: Optional[str] = None, sha256: Optional[str] = None,
                       md5: Optional[str] = None) -> "Source":
        """The same archive from another URL (a mirror, a test file) and/or with given checksums."""
        if url is None and sha256 is None and md5 is None:
            return self
        pinned = sha256 is not None or md5 is not None
        return Source(url=url or self.url, filename=self.filename,
                      sha256=sha256 if pinned else self.sha256, md5=md5 if pinned else self.md5,
                      size=None if pinned else self.size,
                      checksum_from="given on the command line" if pinned else self.checksum_from)


def digests(path: str, names=("sha256", "md5")) -> Dict[str, str]:
    """Hex digests of a file (hashlib names), read once."""
    hashers = {name: hashlib.new(name) for name in names}
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(CHUNK), b""):
            for h in hashers.values():
                h.update(block)
    return {name: h.hexdigest() for name, h in hashers.items()}


def file_sha256(path: str) -> str:
    return digests(path, ("sha256",))["sha256"]


def _stamp_path(path: str) -> str:
    return os.path.join(os.path.dirname(path), f".{os.path.basename(path)}.verified")


def tofu_path(path: str) -> str:
    return path + ".tofu.sha256"


def _expected(source: Source, path: str) -> Dict[str, str]:
    if source.sha256 or source.md5:
        return {k: v.lower() for k, v in (("sha256", source.sha256), ("md5", source.md5)) if v}
    if os.path.exists(tofu_path(path)):
        with open(tofu_path(path), encoding="utf-8") as f:
            return {"sha256": f.read().split()[0].lower()}
    return {}


def verify(source: Source, path: str) -> Dict[str, str]:
    """Check ``path`` against the pinned (or recorded) checksum; record one on first use.

    Returns the file's digests; raises :class:`ChecksumError` (one line) on a mismatch.
    """
    got = digests(path)
    want = _expected(source, path)
    for algo, value in want.items():
        if got[algo] != value:
            where = f" (published in {source.checksum_from})" if source.checksum_from else ""
            if not (source.sha256 or source.md5):
                where = f" (recorded at first download in {tofu_path(path)})"
            raise ChecksumError(
                f"checksum mismatch for {path} from {source.url}: expected {algo} {value}{where}, "
                f"got {got[algo]}")
    if not want:
        with open(tofu_path(path), "w", encoding="utf-8") as f:
            f.write(f"{got['sha256']}  {os.path.basename(path)}\n")
        print(f"note: no published checksum for {source.filename}; recorded sha256 {got['sha256']} "
              f"in {tofu_path(path)} (trust on first use, later runs verify against it)")
    return got


def _is_verified(source: Source, path: str) -> bool:
    """True if ``path`` was verified before and has not changed since (size and mtime)."""
    stamp = _stamp_path(path)
    if not (os.path.exists(path) and os.path.exists(stamp)):
        return False
    with open(stamp, encoding="utf-8") as f:
        old = json.load(f)
    st = os.stat(path)
    return old.get("size") == st.st_size and old.get("mtime") == st.st_mtime and \
        all(old.get(k) == v for k, v in _expected(source, path).items())


def _write_stamp(path: str, got: Dict[str, str]) -> None:
    st = os.stat(path)
    with open(_stamp_path(path), "w", encoding="utf-8") as f:
        json.dump({"size": st.st_size, "mtime": st.st_mtime, **got}, f)


def _stream(url: str, part: str) -> None:
    """Download ``url`` into ``part``, resuming a partial file over HTTP(S) when the server allows."""
    from tqdm import tqdm

    have = os.path.getsize(part) if os.path.exists(part) else 0
    req = urllib.request.Request(url, headers={"User-Agent": "mtl-nmt-benchmark-data"})
    if have and url.startswith(("http://", "https://")):
        req.add_header("Range", f"bytes={have}-")
    try:
        resp = urllib.request.urlopen(req, timeout=60)
    except urllib.error.HTTPError as e:
        if e.code == 416 and have:  # the partial file is already complete
            return
        raise MtlNmtError(f"download of {url} failed: HTTP {e.code} {e.reason}") from None
    except (urllib.error.URLError, OSError) as e:
        raise MtlNmtError(f"download of {url} failed: {getattr(e, 'reason', e)}") from None
    with resp:
        resumed = getattr(resp, "status", None) == 206
        mode = "ab" if resumed else "wb"
        total = resp.headers.get("Content-Length")
        total = int(total) + (have if resumed else 0) if total else None
        with open(part, mode) as out, tqdm(total=total, initial=have if resumed else 0, unit="B",
                                           unit_scale=True, desc=os.path.basename(part)[:-5],
                                           disable=total is not None and total < 10 * CHUNK) as bar:
            for block in iter(lambda: resp.read(CHUNK), b""):
                out.write(block)
                bar.update(len(block))


def fetch(source: Source, dest_dir: str, force: bool = False) -> str:
    """Download ``source`` into ``dest_dir`` (skipped when already there and verified; ``force``
    hashes it again); return its path."""
    os.makedirs(dest_dir, exist_ok=True)
    path = os.path.join(dest_dir, source.filename)
    if force and os.path.exists(_stamp_path(path)):
        os.remove(_stamp_path(path))  # verify again (delete the file itself to download it again)
    if _is_verified(source, path):
        print(f"{path}: present and verified, skipping download")
        return path
    if not os.path.exists(path):
        part = path + ".part"
        _stream(source.url, part)
        if source.size is not None and os.path.getsize(part) > source.size:
            os.remove(part)  # cannot be the pinned file: start over next time
            raise ChecksumError(f"{source.url} gave more than the expected {source.size} bytes; "
                                "removed the partial download, rerun to fetch it again")
        os.replace(part, path)
    try:
        got = verify(source, path)
    except ChecksumError:
        os.replace(path, path + ".corrupt")
        raise
    _write_stamp(path, got)
    print(f"{path}: downloaded and verified (sha256 {got['sha256']})")
    return path


# --------------------------------------------------------------------------- extraction

def _safe_target(dest: str, rel: str) -> str:
    target = os.path.normpath(os.path.join(dest, rel))
    if os.path.isabs(rel) or not target.startswith(os.path.normpath(dest) + os.sep):
        raise MtlNmtError(f"refusing to extract {rel!r} outside {dest}")
    return target


def extract(archive: str, dest: str, select: Callable[[str], Optional[str]], expect: Optional[int] = None,
            force: bool = False) -> List[str]:
    """Extract the regular files of ``archive`` (.tar.gz, .tgz, .tar, .zip) for which ``select(member
    name)`` gives a relative output path; skipped when a marker for this archive exists.

    ``expect``: the number of files there must be (one clear error naming the count otherwise).
    Returns the written paths.
    """
    marker = os.path.join(dest, ".extracted.json")
    st = os.stat(archive)
    key = {"archive": os.path.abspath(archive), "size": st.st_size, "mtime": st.st_mtime}
    if not force and os.path.exists(marker):
        with open(marker, encoding="utf-8") as f:
            old = json.load(f)
        if all(old.get(k) == v for k, v in key.items()) and all(os.path.exists(p) for p in old["files"]):
            print(f"{dest}: already extracted from {os.path.basename(archive)}, skipping")
            return old["files"]
    os.makedirs(dest, exist_ok=True)
    written: List[str] = []

    def _copy(name: str, fobj) -> None:
        rel = select(name)
        if rel is None:
            return
        target = _safe_target(dest, rel)
        if target in written:
            raise MtlNmtError(f"{archive}: two members map to {rel}")
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target + ".tmp", "wb") as out:
            shutil.copyfileobj(fobj, out, CHUNK)
        os.replace(target + ".tmp", target)
        written.append(target)

    if zipfile.is_zipfile(archive):
        with zipfile.ZipFile(archive) as zf:
            for info in zf.infolist():
                if not info.is_dir():
                    with zf.open(info) as fobj:
                        _copy(info.filename, fobj)
    else:
        try:
            tf = tarfile.open(archive, "r:*")
        except tarfile.TarError as e:
            raise MtlNmtError(f"{archive} is neither a tar nor a zip archive ({e})") from None
        with tf:
            for member in tf:
                if member.isfile():
                    _copy(member.name, tf.extractfile(member))
    if expect is not None and len(written) != expect:
        raise MtlNmtError(f"{archive}: found {len(written)} of the {expect} expected files "
                          f"(got {', '.join(sorted(os.path.basename(p) for p in written)) or 'none'})")
    with open(marker, "w", encoding="utf-8") as f:
        json.dump({**key, "files": written}, f, indent=1)
    print(f"{dest}: extracted {len(written)} files from {os.path.basename(archive)}")
    return written
