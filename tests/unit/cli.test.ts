/** The policy-check CLI as a user runs it (built by `npm run build:cli`, which `npm test` runs first). */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const BIN = 'node_modules/.bin/policy-check';
const run = (args: string[], input?: string) =>
  spawnSync(BIN, args, { input, encoding: 'utf8', timeout: 60_000 });

describe('policy-check', () => {
  it('is linked as a bin of the package', () => {
    expect(existsSync(BIN)).toBe(true);
  });
  it('prints findings for people: category, clause title, quoted words, suggestion', () => {
    const r = run(['The confidential briefing note on the clinic closure landed on my desk today.']);
    expect(r.stdout).toContain('confidential');
    expect(r.stdout).toContain('(gr.confidential)');
    expect(r.stdout).toContain('"confidential briefing"');
    expect(r.stdout).toMatch(/→ .*supervisor/);
    expect(r.status).toBe(1);
  });
  it('says so when nothing is found, in French too', () => {
    expect(run(['Lovely sunset at Grand Beach tonight']).stdout).toBe('Nothing found.\n');
    expect(run(['--lang', 'fr', 'Beau coucher de soleil']).stdout).toBe('Rien à signaler.\n');
  });
  it('--jsonl: one line out per line in, in order; a bad line is reported by number and the rest go on', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Our ADM is a lying snake' }),
      '{not json',
      JSON.stringify({ id: 'b', text: 'tom@gov.mb.ca', field: 'email' }),
      JSON.stringify({ id: 'c', text: 'x', field: 'tweet' }),
      JSON.stringify({ id: 'd', text: 'We will win the game tonight' }),
    ].join('\n');
    const r = run(['--jsonl'], input);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 'b', 'd']);
    expect(lines[0].findings[0].category).toBe('disrepute');
    expect(lines[1].findings[0]).toMatchObject({
      category: 'account-identity',
      start: 0,
      end: 13,
      text: 'tom@gov.mb.ca',
    });
    expect(lines[2].findings).toEqual([]);
    expect(r.stderr).toMatch(/line 2: not valid JSON/);
    expect(r.stderr).toMatch(/line 4: "field" must be one of post, profile, email/);
    expect(r.status).toBe(1);
  });
  it('--jsonl exits 0 when every line is fine', () => {
    const r = run(['--jsonl'], `${JSON.stringify({ id: 1, text: 'hello' })}\n`);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ id: 1, findings: [] });
  });
  it('rejects unknown options values with usage', () => {
    const r = run(['--sensitivity', 'paranoid', 'x']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/usage/);
  });
});
