/**
 * How test files find what global setup started: the env var SECOND_LOOK_HARNESS (JSON, set by global setup
 * and inherited by the test workers), else the file tests/.cache/harness.json (the last run's setup).
 */
import fs from 'node:fs';
import path from 'node:path';
import { CACHE_DIR } from './paths.ts';
import { type RequestRecord, readRequestLog } from './server.ts';

export interface HarnessInfo {
  /** Port of the replica server on 127.0.0.1 (HTTPS, HTTP and proxy on the same port). */
  port: number;
  /** JSON-lines request log of that server. */
  logFile: string;
  /** PEM of the test CA that signed the replica certificate. */
  caCertPath: string;
  /** Unpacked builds of the extension. */
  chromeExtension: string;
  firefoxExtension: string;
  /** Host name -> replica page. */
  hosts: Record<string, string>;
  /** Set when global setup could not build the extension; the launchers throw it when asked for the extension. */
  extensionBuildError?: string;
}

export const HARNESS_ENV = 'SECOND_LOOK_HARNESS';
export const HARNESS_FILE = path.join(CACHE_DIR, 'harness.json');

export function harnessInfo(): HarnessInfo {
  const raw =
    process.env[HARNESS_ENV] ??
    (fs.existsSync(HARNESS_FILE) ? fs.readFileSync(HARNESS_FILE, 'utf8') : undefined);
  if (!raw) {
    throw new Error(
      'replica harness not started: run through `npx vitest run --project browser` (global setup) or call startHarness()',
    );
  }
  return JSON.parse(raw) as HarnessInfo;
}

/** Every request the replica server has seen so far (all hosts, including ones it does not serve). */
export function serverRequests(): RequestRecord[] {
  return readRequestLog(harnessInfo().logFile);
}

/**
 * A mark in the request log; `since(mark)` returns the requests after it. Use it around one test step:
 *   const mark = requestMark(); ...; expect(requestsSince(mark).filter(...)).toEqual([]);
 */
export function requestMark(): number {
  return serverRequests().length;
}

export function requestsSince(mark: number): RequestRecord[] {
  return serverRequests().slice(mark);
}
