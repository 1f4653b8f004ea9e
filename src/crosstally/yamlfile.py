"""Reading the project's YAML files (bound profiles, parameters, sweeps, pipeline.yaml)
so that every problem is a message, never a traceback.

Every error is an :class:`InputFileError` whose text is ``FILE:LINE:COLUMN: message``
(line and column counted from 1, as editors count them; 0 when the problem is the file
as a whole): bytes that are not UTF-8, characters YAML does not allow, YAML syntax, and,
through :func:`where`, problems of structure found after parsing (a rule that is not a
mapping, a missing key), located at the node that has them.

Mappings come back as :class:`Located` dicts, which remember where each key was
written, so a caller checking structure can point at the line.
"""
from __future__ import annotations

from pathlib import Path

import yaml

BOM = b"\xef\xbb\xbf"


class InputFileError(ValueError):
    """A file (or a piece of it) that cannot be read: ``FILE:LINE:COLUMN: message``."""

    def __init__(self, file: str, line: int, column: int, message: str):
        self.file, self.line, self.column, self.message = file, line, column, message
        super().__init__(f"{file}:{line}:{column}: {message}")


class Located(dict):
    """A YAML mapping that remembers where it and each of its keys were written
    (1-based line and column)."""

    mark: tuple[int, int] = (0, 0)
    key_marks: dict

    def where(self, key=None) -> tuple[int, int]:
        """(line, column) of ``key``'s entry, or of the mapping itself."""
        return getattr(self, "key_marks", {}).get(key, self.mark) if key is not None else self.mark


def _locating(base: type[yaml.SafeLoader]) -> type[yaml.SafeLoader]:
    class Loader(base):  # type: ignore[misc, valid-type]
        pass

    def construct_mapping(loader, node, deep=False):
        loader.flatten_mapping(node)
        out = Located()
        out.mark = (node.start_mark.line + 1, node.start_mark.column + 1)
        out.key_marks = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            try:
                hash(key)
            except TypeError:
                raise yaml.constructor.ConstructorError(
                    None, None, "a mapping key must be a plain value, not a list or mapping",
                    key_node.start_mark) from None
            out[key] = loader.construct_object(value_node, deep=True)
            out.key_marks[key] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
        return out

    Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, construct_mapping)
    return Loader


_LOADERS: dict[type, type] = {}


def decode(data: bytes, where: str) -> str:
    """UTF-8 text (a leading BOM dropped); bytes that are not UTF-8 are an
    InputFileError at the line and column (in characters) of the first bad byte."""
    if data.startswith(BOM):
        data = data[len(BOM):]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line_start = data.rfind(b"\n", 0, exc.start) + 1
        column = len(data[line_start:exc.start].decode("utf-8", "replace")) + 1
        raise InputFileError(where, data.count(b"\n", 0, exc.start) + 1, column,
                             f"byte 0x{data[exc.start]:02x} is not UTF-8 (save the file as UTF-8)") from None


def _position(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def loads(text: str, where: str, loader: type[yaml.SafeLoader] = yaml.SafeLoader, located: bool = True):
    """Parse YAML text; mappings become :class:`Located` (plain dicts when ``located``
    is false). Syntax errors (and characters YAML refuses) raise InputFileError at
    their line and column."""
    if located and loader not in _LOADERS:
        _LOADERS[loader] = _locating(loader)
    try:
        return yaml.load(text, Loader=_LOADERS[loader] if located else loader)  # noqa: S506 - SafeLoader
    except yaml.reader.ReaderError as err:
        line, column = _position(text, err.position)
        raise InputFileError(where, line, column,
                             f"character U+{ord(err.character) if isinstance(err.character, str) else err.character:04X} "
                             f"is not allowed in YAML ({err.reason})") from None
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        words = "; ".join(w for w in (err.context, err.problem) if w)
        if err.context_mark and err.problem_mark and err.context_mark.line != err.problem_mark.line:
            words += f" (the {err.context.split()[-1] if err.context else 'construct'} began on line " \
                     f"{err.context_mark.line + 1})"
        raise InputFileError(where, line, column, f"not valid YAML: {words}") from None
    except yaml.YAMLError as err:
        raise InputFileError(where, 0, 0, f"not valid YAML: {err}") from None
    except RecursionError:
        raise InputFileError(where, 0, 0, "not valid YAML: nested too deeply") from None


def load(path: Path | str, where: str | None = None, loader: type[yaml.SafeLoader] = yaml.SafeLoader,
         located: bool = True):
    """Read and parse a YAML file (see :func:`loads`); ``where`` names it in messages."""
    path = Path(path)
    where = where or str(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputFileError(where, 0, 0, f"cannot be read: {err.strerror or err}") from None
    return loads(decode(data, where), where, loader, located)


def where(file: str, node, key=None) -> tuple[str, int, int]:
    """(file, line, column) of a parsed node (or of ``key`` in it), for a structure error."""
    if isinstance(node, Located):
        return (file, *node.where(key))
    return file, 0, 0
