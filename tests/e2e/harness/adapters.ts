/** The platform adapters as one script for injection into replica pages (see adapters-entry.ts). */
import path from 'node:path';
import { build } from 'esbuild';
import { ROOT } from './paths.ts';

let cached: Promise<string> | undefined;

/** JS source that defines `window.__sl` (adapters + probes). Built once per process. */
export function adapterBundle(): Promise<string> {
  cached ??= build({
    entryPoints: [path.join(ROOT, 'tests/e2e/harness/adapters-entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    platform: 'browser',
    logLevel: 'silent',
    absWorkingDir: ROOT,
  }).then((r) => r.outputFiles[0]?.text ?? '');
  return cached;
}
