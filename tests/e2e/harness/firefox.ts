/**
 * Firefox ESR (/usr/bin/firefox-esr) driven by puppeteer-core over WebDriver BiDi, headless, with the unpacked
 * Firefox build of the extension installed as a temporary add-on. Firefox reaches the replica server as
 * its HTTP proxy (CONNECT tunnels for https), so every host name, on any port, lands on the replicas.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { harnessInfo } from './info.ts';
import { FIREFOX_EXTENSION } from './paths.ts';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** The add-on id the harness gives the extension when its manifest has none. */
export const TEST_ADDON_ID = 'second-look-e2e@tests.invalid';

export interface FirefoxOptions {
  /** Unpacked Firefox build; default .output/firefox-mv2. `null` launches without an extension. */
  extensionPath?: string | null;
  serverPort?: number;
  headed?: boolean;
  /** Extra about:config preferences. */
  prefs?: Record<string, unknown>;
}

export interface FirefoxSession {
  browser: Browser;
  /** The add-on id (manifest browser_specific_settings.gecko.id, else TEST_ADDON_ID). */
  extensionId: string;
  /** The internal UUID of moz-extension:// URLs, fixed in advance through a preference. */
  extensionUuid: string;
  /** moz-extension://<uuid>/<file>, e.g. extensionUrl('popup.html'). */
  extensionUrl(file: string): string;
  /** A new tab at url (waits for `load`). */
  open(url: string): Promise<Page>;
  /** A new tab at one of the extension's pages, e.g. openExtensionPage('popup.html'). */
  openExtensionPage(file: string): Promise<Page>;
  close(): Promise<void>;
}

export function firefoxPrefs(port: number): Record<string, unknown> {
  return {
    // Everything goes through the replica server (it is an HTTP proxy too).
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.share_proxy_settings': false,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': false,
    'network.dns.forceResolve': '127.0.0.1',
    'network.trr.mode': 5,
    'network.http.http3.enable': false,
    'dom.security.https_only_mode': false,
    'dom.security.https_first': false,
    'browser.fixup.alternate.enabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.blockedURIs.enabled': false,
    'extensions.update.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'app.update.enabled': false,
    'app.normandy.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
    'browser.newtabpage.enabled': false,
    'browser.startup.homepage': 'about:blank',
    'browser.startup.page': 0,
    'security.enterprise_roots.enabled': false,
  };
}

/** Copies the build and gives it a fixed add-on id when it has none (temporary add-ons need none, but a fixed
 * id lets the harness fix the moz-extension UUID in advance). */
function prepareExtension(src: string): { dir: string; id: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'second-look-ff-ext-'));
  fs.cpSync(src, dir, { recursive: true });
  const manifestPath = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
    applications?: { gecko?: { id?: string } };
  };
  const existing = manifest.browser_specific_settings?.gecko?.id ?? manifest.applications?.gecko?.id;
  if (existing) return { dir, id: existing };
  manifest.browser_specific_settings = {
    ...manifest.browser_specific_settings,
    gecko: { ...manifest.browser_specific_settings?.gecko, id: TEST_ADDON_ID },
  };
  fs.writeFileSync(manifestPath, JSON.stringify(manifest));
  return { dir, id: TEST_ADDON_ID };
}

async function waitForDocument(page: Page, url: string, timeout = 15_000): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    const state = await page
      .evaluate(() => [location.href, document.readyState] as const)
      .catch(() => ['', ''] as const);
    if (state[0] === url && state[1] === 'complete') return;
    if (Date.now() > end) throw new Error(`timed out opening ${url} (at ${state[0]}, ${state[1]})`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function launchFirefox(options: FirefoxOptions = {}): Promise<FirefoxSession> {
  const extensionPath = options.extensionPath === undefined ? FIREFOX_EXTENSION : options.extensionPath;
  if (options.extensionPath === undefined && process.env.SECOND_LOOK_HARNESS) {
    const { extensionBuildError } = harnessInfo();
    if (extensionBuildError) throw new Error(`the extension did not build:\n${extensionBuildError}`);
  }
  if (extensionPath && !fs.existsSync(path.join(extensionPath, 'manifest.json'))) {
    throw new Error(`no built extension at ${extensionPath} (run \`npx wxt build -b firefox\`)`);
  }
  const port = options.serverPort ?? harnessInfo().port;
  const prepared = extensionPath ? prepareExtension(extensionPath) : null;
  const extensionUuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: !options.headed,
    acceptInsecureCerts: true,
    // Lets page.goto() open moz-extension:// pages (popup, options) in a tab.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      ...firefoxPrefs(port),
      ...(prepared
        ? { 'extensions.webextensions.uuids': JSON.stringify({ [prepared.id]: extensionUuid }) }
        : {}),
      ...options.prefs,
    },
  });
  let extensionId = '';
  try {
    if (prepared) extensionId = await browser.installExtension(prepared.dir);
  } catch (e) {
    await browser.close();
    throw e;
  }
  return {
    browser,
    extensionId,
    extensionUuid: prepared ? extensionUuid : '',
    extensionUrl: (file) => `moz-extension://${extensionUuid}/${file.replace(/^\//, '')}`,
    open: async (url) => {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    openExtensionPage: async (file) => {
      const page = await browser.newPage();
      const url = `moz-extension://${extensionUuid}/${file.replace(/^\//, '')}`;
      // Firefox loads moz-extension:// tabs in the extension process and BiDi never reports the navigation
      // as finished: start it, then wait for the document itself.
      void page.goto(url, { waitUntil: 'load', timeout: 60_000 }).catch(() => {});
      await waitForDocument(page, url);
      return page;
    },
    close: async () => {
      await browser.close().catch(() => {});
      if (prepared) fs.rmSync(prepared.dir, { recursive: true, force: true });
    },
  };
}
