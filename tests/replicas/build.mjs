#!/usr/bin/env node
/**
 * Builds every replica page: src/<platform>/main.(js|jsx) + index.html -> dist/<platform>/{index.html,app.js,app.css}.
 * Deterministic (no timestamps, no hashes) and quick; files are only rewritten when their bytes change, so
 * concurrent builds and a running server never see a half-written page.
 *   node tests/replicas/build.mjs [platform...]
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const src = path.join(here, 'src');
const dist = path.join(here, 'dist');

function writeIfChanged(file, bytes) {
  const data = Buffer.from(bytes);
  if (fs.existsSync(file) && fs.readFileSync(file).equals(data)) return false;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, data);
  fs.renameSync(tmp, file);
  return true;
}

export const platforms = () =>
  fs
    .readdirSync(src, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'shared')
    .map((d) => d.name)
    .sort();

export async function buildReplicas(only = []) {
  const names = only.length ? only : platforms();
  const results = await Promise.all(
    names.map(async (name) => {
      const dir = path.join(src, name);
      const entry = ['main.jsx', 'main.js'].map((f) => path.join(dir, f)).find((f) => fs.existsSync(f));
      if (!entry) throw new Error(`replica ${name}: no main.js or main.jsx`);
      const out = await esbuild.build({
        entryPoints: { app: entry },
        bundle: true,
        write: false,
        outdir: path.join(dist, name),
        format: 'iife',
        target: 'es2022',
        platform: 'browser',
        jsx: 'automatic',
        loader: { '.js': 'jsx' },
        define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
        minify: true,
        legalComments: 'none',
        charset: 'utf8',
        logLevel: 'warning',
        absWorkingDir: here,
      });
      let changed = 0;
      for (const f of out.outputFiles) changed += writeIfChanged(f.path, f.contents) ? 1 : 0;
      changed += writeIfChanged(
        path.join(dist, name, 'index.html'),
        fs.readFileSync(path.join(dir, 'index.html')),
      )
        ? 1
        : 0;
      return { name, changed };
    }),
  );
  return results;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const t = Date.now();
  const results = await buildReplicas(process.argv.slice(2));
  const changed = results.filter((r) => r.changed).map((r) => r.name);
  console.log(
    `replicas: built ${results.length} in ${Date.now() - t} ms${changed.length ? ` (changed: ${changed.join(', ')})` : ''}`,
  );
}
