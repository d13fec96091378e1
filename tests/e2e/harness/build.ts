/** Builds the replica pages and the extension (once per test run, from global setup). */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CHROME_EXTENSION, FIREFOX_EXTENSION, REPLICAS_DIR, ROOT } from './paths.ts';

function run(cmd: string, args: string[], cwd: string): void {
  try {
    execFileSync(cmd, args, {
      cwd,
      stdio: 'pipe',
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: '0' },
    });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${cmd} ${args.join(' ')} failed:\n${err.stdout ?? ''}${err.stderr ?? ''}${err.message}`);
  }
}

/** tests/replicas/build.mjs: every replica page into tests/replicas/dist/<platform>/. */
export function buildReplicas(): void {
  if (!fs.existsSync(path.join(REPLICAS_DIR, 'node_modules'))) {
    throw new Error('replica dependencies missing: run `npm ci --prefix tests/replicas`');
  }
  run(process.execPath, [path.join(REPLICAS_DIR, 'build.mjs')], ROOT);
}

/** `npx wxt build` (chrome-mv3) or `npx wxt build -b firefox` (firefox-mv2); returns the output directory. */
export function buildExtension(browser: 'chrome' | 'firefox'): string {
  const wxt = path.join(ROOT, 'node_modules/.bin/wxt');
  run(wxt, browser === 'firefox' ? ['build', '-b', 'firefox'] : ['build'], ROOT);
  return browser === 'firefox' ? FIREFOX_EXTENSION : CHROME_EXTENSION;
}
