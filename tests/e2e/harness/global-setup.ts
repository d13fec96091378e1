/**
 * Global setup of the vitest `browser` project: builds the replicas and the extension (Chrome MV3 and
 * Firefox MV2) once per run, starts the replica server, and publishes HarnessInfo to the test workers
 * (env SECOND_LOOK_HARNESS, and tests/.cache/harness.json for tools run by hand).
 *
 * Env: SECOND_LOOK_SKIP_EXTENSION_BUILD=1 reuses .output/ as it is; SECOND_LOOK_KEEP_LOGS=1 keeps the
 * request log after the run; SECOND_LOOK_REPLICA_PORT picks the server port (default: a free one).
 */
import fs from 'node:fs';
import { buildExtension, buildReplicas } from './build.ts';
import { REPLICA_HOSTS } from './hosts.ts';
import { HARNESS_ENV, HARNESS_FILE, type HarnessInfo } from './info.ts';
import { CACHE_DIR, CHROME_EXTENSION, FIREFOX_EXTENSION } from './paths.ts';
import { type ReplicaServer, startReplicaServer } from './server.ts';

export interface StartedHarness {
  info: HarnessInfo;
  server: ReplicaServer;
  stop(): Promise<void>;
}

/** Everything global setup does, callable from a script too (e.g. to poke at the replicas by hand). */
export async function startHarness(opts: { buildExtension?: boolean } = {}): Promise<StartedHarness> {
  const started = Date.now();
  buildReplicas();
  const errors: string[] = [];
  if (opts.buildExtension ?? process.env.SECOND_LOOK_SKIP_EXTENSION_BUILD !== '1') {
    for (const browser of ['chrome', 'firefox'] as const) {
      try {
        buildExtension(browser);
      } catch (e) {
        // Tests that need no extension (the adapter marker tests) still run; launchers report this error.
        errors.push(String((e as Error).message));
      }
    }
  }
  // SECOND_LOOK_REPLICA_PORT=443 serves the replicas on the real https port (root only); default: a free port.
  const server = await startReplicaServer({ port: Number(process.env.SECOND_LOOK_REPLICA_PORT) || 0 });
  const info: HarnessInfo = {
    port: server.port,
    logFile: server.logFile,
    caCertPath: server.certificates.caCertPath,
    chromeExtension: CHROME_EXTENSION,
    firefoxExtension: FIREFOX_EXTENSION,
    hosts: { ...REPLICA_HOSTS },
    ...(errors.length ? { extensionBuildError: errors.join('\n') } : {}),
  };
  const json = JSON.stringify(info);
  process.env[HARNESS_ENV] = json;
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  fs.writeFileSync(HARNESS_FILE, json);
  if (errors.length) console.warn(`[harness] extension build failed:\n${errors.join('\n')}`);
  console.log(`[harness] replicas on 127.0.0.1:${server.port} (ready in ${Date.now() - started} ms)`);
  return {
    info,
    server,
    stop: async () => {
      await server.close();
      if (process.env[HARNESS_ENV] === json) delete process.env[HARNESS_ENV];
      if (fs.existsSync(HARNESS_FILE) && fs.readFileSync(HARNESS_FILE, 'utf8') === json)
        fs.rmSync(HARNESS_FILE);
      if (process.env.SECOND_LOOK_KEEP_LOGS !== '1') fs.rmSync(server.logFile, { force: true });
    },
  };
}

export default async function setup(): Promise<() => Promise<void>> {
  const harness = await startHarness();
  return () => harness.stop();
}
