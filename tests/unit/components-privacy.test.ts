/**
 * A static audit of the extension's own code (entrypoints, components, settings, messaging): no network
 * API, no HTML from strings. (Runtime: extension-behaviour.e2e.test.ts checks that no request is made.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DIRS = ['entrypoints', 'components', 'lib/settings', 'lib/messaging'];

function files(dir: string): string[] {
  const abs = path.join(ROOT, dir);
  return fs.readdirSync(abs, { withFileTypes: true }).flatMap((d) => {
    const rel = path.join(dir, d.name);
    if (d.isDirectory()) return files(rel);
    return /\.(ts|tsx)$/.test(d.name) ? [rel] : [];
  });
}

const FORBIDDEN: [string, RegExp][] = [
  ['fetch', /\bfetch\s*\(/],
  ['XMLHttpRequest', /XMLHttpRequest/],
  ['WebSocket', /\bWebSocket\b/],
  ['sendBeacon', /sendBeacon/],
  ['EventSource', /\bEventSource\b/],
  ['innerHTML', /\.(inner|outer)HTML\b|insertAdjacentHTML/],
  ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
  ['eval', /\beval\s*\(|new Function\s*\(/],
  ['storage.sync', /storage\.sync/],
];

describe('privacy audit of the extension code', () => {
  const all = DIRS.flatMap(files);

  it('finds the code', () => {
    expect(all.length).toBeGreaterThan(15);
  });

  for (const [name, re] of FORBIDDEN) {
    it(`uses no ${name}`, () => {
      const hits = all.filter((f) =>
        fs
          .readFileSync(path.join(ROOT, f), 'utf8')
          .split('\n')
          .some((line) => !/^\s*(\/\/|\*)/.test(line) && re.test(line)),
      );
      expect(hits).toEqual([]);
    });
  }

  it('every <button> rendered is type="button"', () => {
    const offenders: string[] = [];
    for (const f of all.filter((x) => x.endsWith('.tsx'))) {
      const src = fs.readFileSync(path.join(ROOT, f), 'utf8');
      for (const m of src.matchAll(/<button\b[^>]*>/gs)) {
        if (!/type="button"/.test(m[0])) offenders.push(`${f}: ${m[0].slice(0, 60)}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
