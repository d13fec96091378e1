// Bundles the policy-check CLI (TypeScript in lib/cli) into dist/policy-check.mjs and links it into
// node_modules/.bin so `npx policy-check` works right after `npm install` (npm does not link a
// root package's own bins).

import { chmodSync, existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'policy-check.mjs');
await build({
  entryPoints: [join(root, 'lib', 'cli', 'policy-check.ts')],
  outfile: out,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: {
    js: '#!/usr/bin/env node\nimport { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);',
  },
  logLevel: 'warning',
});
chmodSync(out, 0o755);
const binDir = join(root, 'node_modules', '.bin');
if (existsSync(join(root, 'node_modules'))) {
  mkdirSync(binDir, { recursive: true });
  const link = join(binDir, 'policy-check');
  rmSync(link, { force: true });
  symlinkSync(relative(binDir, out), link);
}
