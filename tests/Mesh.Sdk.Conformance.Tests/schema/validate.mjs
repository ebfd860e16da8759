#!/usr/bin/env node
// Outside judge for the YAML Mesh.Sdk writes: validates every document of the given files
// against the published schemas of `kubernetes-models`, `@kubernetes-models/istio` and
// `@kubernetes-models/gateway-api`.
//
// Usage: node validate.mjs FILE.yaml [FILE.yaml...]
//
// Prints one JSON line per document:
//   {"file","index","apiVersion","kind","name","ok","error"}            ok: true | false
//   {..., "ok": null, "skipped": "no published schema"}                  group/version not covered
// A file that cannot be read or parsed, or that holds no document, gives a line with ok: false.
// Exit code: 0 when no document failed (skipped ones do not fail), 1 when one did, 2 on usage errors.
//
// Documents are parsed as YAML 1.1, as the Kubernetes tool chain does, so a string the writer
// left unquoted that a YAML 1.1 reader takes for a bool/number/null fails the schema here.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { parseAllDocuments } from "yaml";

const require = createRequire(import.meta.url);

/** The packages that publish schemas, and the "group/version" (or core "v1") paths each exports. */
const PACKAGES = ["kubernetes-models", "@kubernetes-models/istio", "@kubernetes-models/gateway-api"].map((name) => {
  const pkg = require(`${name}/package.json`);
  const versions = new Set(
    Object.keys(pkg.exports ?? {})
      .filter((k) => k.endsWith("/*") && !k.startsWith("./_"))
      .map((k) => k.slice(2, -2)),
  );
  return { name, version: pkg.version, versions };
});

const KIND_PATTERN = /^[A-Z][A-Za-z0-9]*$/;
const API_VERSION_PATTERN = /^(?:[a-z0-9]([-a-z0-9.]*[a-z0-9])?\/)?v[0-9]+(?:(?:alpha|beta)[0-9]+)?$/;

/** Finds the model class for apiVersion/kind: {cls}, {skipped}, or {error}. */
async function findModel(apiVersion, kind) {
  if (typeof apiVersion !== "string" || !API_VERSION_PATTERN.test(apiVersion))
    return { error: `missing or malformed apiVersion: ${JSON.stringify(apiVersion)}` };
  if (typeof kind !== "string" || !KIND_PATTERN.test(kind))
    return { error: `missing or malformed kind: ${JSON.stringify(kind)}` };
  const pkg = PACKAGES.find((p) => p.versions.has(apiVersion));
  if (!pkg) return { skipped: "no published schema" };
  const specifier = `${pkg.name}/${apiVersion}/${kind}`;
  let mod;
  try {
    mod = await import(specifier);
  } catch (e) {
    if (e?.code === "ERR_MODULE_NOT_FOUND" || e?.code === "ERR_PACKAGE_PATH_NOT_EXPORTED")
      return { error: `${pkg.name}@${pkg.version} publishes ${apiVersion} but no kind ${kind}` };
    throw e;
  }
  const cls = mod[kind];
  if (typeof cls !== "function" || cls.apiVersion !== apiVersion || cls.kind !== kind)
    return { error: `${specifier} does not export a model for ${apiVersion}/${kind}` };
  return { cls, specifier };
}

function describeError(e) {
  if (Array.isArray(e?.errors) && e.errors.length > 0) {
    return e.errors
      .map((x) => `${x.instancePath || "/"} ${x.message}${x.params ? " " + JSON.stringify(x.params) : ""}`)
      .join("; ");
  }
  return String(e?.message ?? e);
}

async function validateFile(file) {
  const lines = [];
  const base = { file, index: 0, apiVersion: null, kind: null, name: null };
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    return [{ ...base, ok: false, error: `cannot read file: ${e.message}` }];
  }
  let docs;
  try {
    docs = parseAllDocuments(text, { version: "1.1", prettyErrors: true, uniqueKeys: true });
  } catch (e) {
    return [{ ...base, ok: false, error: `YAML parse error: ${e.message}` }];
  }
  if (!Array.isArray(docs)) docs = [docs]; // EmptyStream
  if (docs.length === 0) return [{ ...base, ok: false, error: "no YAML document in file" }];

  for (const [index, doc] of docs.entries()) {
    const line = { ...base, index };
    if (doc.errors.length > 0) {
      lines.push({ ...line, ok: false, error: "YAML parse error: " + doc.errors.map((x) => x.message).join("; ") });
      continue;
    }
    let obj;
    try {
      obj = doc.toJS({ maxAliasCount: 0 });
    } catch (e) {
      lines.push({ ...line, ok: false, error: `YAML conversion error: ${e.message}` });
      continue;
    }
    if (obj === null || typeof obj !== "object" || Array.isArray(obj)) {
      lines.push({ ...line, ok: false, error: `document is not a mapping (got ${obj === null ? "null" : Array.isArray(obj) ? "sequence" : typeof obj})` });
      continue;
    }
    line.apiVersion = obj.apiVersion ?? null;
    line.kind = obj.kind ?? null;
    line.name = obj.metadata?.name ?? null;
    const found = await findModel(obj.apiVersion, obj.kind);
    if (found.error) {
      lines.push({ ...line, ok: false, error: found.error });
    } else if (found.skipped) {
      lines.push({ ...line, ok: null, error: null, skipped: found.skipped });
    } else {
      try {
        new found.cls(obj).validate();
        lines.push({ ...line, ok: true, error: null, schema: found.specifier });
      } catch (e) {
        lines.push({ ...line, ok: false, error: describeError(e), schema: found.specifier });
      }
    }
  }
  return lines;
}

const files = process.argv.slice(2);
if (files.length === 0) {
  process.stderr.write("usage: node validate.mjs FILE.yaml [FILE.yaml...]\n");
  process.exit(2);
}
let failed = false;
for (const file of files) {
  for (const line of await validateFile(file)) {
    if (line.ok === false) failed = true;
    process.stdout.write(JSON.stringify(line) + "\n");
  }
}
process.exitCode = failed ? 1 : 0;
