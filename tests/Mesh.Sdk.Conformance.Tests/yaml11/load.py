#!/usr/bin/python3
"""Outside judge (YAML 1.1): loads a YAML stream with PyYAML and prints it as typed JSON.

Usage: /usr/bin/python3 load.py FILE.yaml [FILE.yaml...]

Each file's stream is loaded with yaml.safe_load_all (PyYAML's pure-Python SafeLoader) and, when
Debian's python3-yaml ships the LibYAML binding, also with yaml.CSafeLoader, a second,
independent YAML 1.1 parser. Output: one JSON line per file, in argument order, ASCII-only:

  {"file": "...", "pyyaml": "6.0.x", "loaders": {"SafeLoader": [doc, ...], "CSafeLoader": [doc, ...] | null}}

Every value is encoded so that its Python type survives JSON:
  str              -> a JSON string
  dict             -> {"$map": [[key, value], ...]}   (keys keep their own type)
  list             -> {"$seq": [value, ...]}
  anything else    -> {"$type": "<python type name>", "$repr": "<repr(value)>"}
When a loader fails: {"file": "...", "pyyaml": "...", "error": "...", "loader": "..."}.
Exit code: 0 when every file loaded, 1 when one did not, 2 on usage errors.
"""
import json
import sys

import yaml


def encode(value):
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return {"$map": [[encode(k), encode(v)] for k, v in value.items()]}
    if isinstance(value, list):
        return {"$seq": [encode(v) for v in value]}
    return {"$type": type(value).__name__, "$repr": repr(value)}


def load(data, loader):
    docs = yaml.safe_load_all(data) if loader is yaml.SafeLoader else yaml.load_all(data, Loader=loader)
    return [encode(doc) for doc in docs]


def load_file(path):
    with open(path, "rb") as f:
        data = f.read()
    loaders = {"SafeLoader": yaml.SafeLoader, "CSafeLoader": getattr(yaml, "CSafeLoader", None)}
    result = {"file": path, "pyyaml": yaml.__version__, "loaders": {}}
    for name, loader in loaders.items():
        if loader is None:
            result["loaders"][name] = None
            continue
        try:
            result["loaders"][name] = load(data, loader)
        except yaml.YAMLError as e:
            return {"file": path, "pyyaml": yaml.__version__, "error": str(e), "loader": name}
    return result


def main(argv):
    if len(argv) < 2:
        sys.stderr.write("usage: load.py FILE.yaml [FILE.yaml...]\n")
        return 2
    failed = False
    for path in argv[1:]:
        result = load_file(path)
        failed = failed or "error" in result
        json.dump(result, sys.stdout, ensure_ascii=True)
        sys.stdout.write("\n")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
