/** The browser-test harness: replica server, Chromium and Firefox launchers, request log. See README.md. */
export { buildExtension, buildReplicas } from './build.ts';
export { type ChromiumOptions, type ChromiumSession, chromiumArgs, launchChromium } from './chromium.ts';
export {
  type FirefoxOptions,
  type FirefoxSession,
  firefoxPrefs,
  launchFirefox,
  TEST_ADDON_ID,
} from './firefox.ts';
export { type StartedHarness, startHarness } from './global-setup.ts';
export { REPLICA_HOSTS, REPLICA_NAMES, type ReplicaHost, type ReplicaName, replicaForHost } from './hosts.ts';
export { type HarnessInfo, harnessInfo, requestMark, requestsSince, serverRequests } from './info.ts';
export { postedOn, pressModEnter, typeInto } from './page.ts';
export { CHROME_EXTENSION, FIREFOX_EXTENSION, REPLICAS_DIST, ROOT } from './paths.ts';
export {
  BROWSER_SERVICE_HOSTS,
  ensureCertificates,
  type ReplicaServer,
  type RequestRecord,
  readRequestLog,
  startReplicaServer,
} from './server.ts';
