/**
 * Chromium (Debian's /usr/bin/chromium) with the unpacked extension loaded, headless, and every host name
 * resolved to the local replica server, so real URLs such as https://x.com/home load the replicas and the
 * extension's real match patterns apply.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { harnessInfo } from './info.ts';
import { CHROME_EXTENSION } from './paths.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ChromiumOptions {
  /** Unpacked extension directory; default .output/chrome-mv3. `null` launches without an extension. */
  extensionPath?: string | null;
  /** Replica server port; default: the one global setup started (harnessInfo().port). */
  serverPort?: number;
  /** Headed window (needs a display); default headless. */
  headed?: boolean;
  /** Extra Chromium switches. */
  args?: string[];
  /** Forwarded to launchPersistentContext (viewport, locale, ...). */
  contextOptions?: Parameters<typeof chromium.launchPersistentContext>[1];
}

export interface ChromiumSession {
  context: BrowserContext;
  /** The extension's id (empty when launched without one). */
  extensionId: string;
  /** The extension's background service worker (throws when launched without an extension). */
  serviceWorker(): Promise<Worker>;
  /** chrome-extension://<id>/<file>, e.g. extensionUrl('popup.html'). */
  extensionUrl(file: string): string;
  /** A new tab at url (waits for `load`). */
  open(url: string): Promise<Page>;
  userDataDir: string;
  close(): Promise<void>;
}

export function chromiumArgs(port: number, extensionPath: string | null): string[] {
  const map = port === 443 ? 'MAP * 127.0.0.1' : `MAP * 127.0.0.1:${port}`;
  return [
    ...(extensionPath
      ? [`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`]
      : []),
    `--host-resolver-rules=${map}, EXCLUDE localhost`,
    '--ignore-certificate-errors',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-domain-reliability',
    '--disable-client-side-phishing-detection',
    '--disable-features=DisableLoadExtensionCommandLineSwitch,HttpsUpgrades,HttpsFirstBalancedModeAutoEnable,MediaRouter,OptimizationHints,Translate',
    '--metrics-recording-only',
    '--password-store=basic',
    '--use-mock-keychain',
  ];
}

export async function launchChromium(options: ChromiumOptions = {}): Promise<ChromiumSession> {
  const extensionPath = options.extensionPath === undefined ? CHROME_EXTENSION : options.extensionPath;
  if (options.extensionPath === undefined && process.env.SECOND_LOOK_HARNESS) {
    const { extensionBuildError } = harnessInfo();
    if (extensionBuildError) throw new Error(`the extension did not build:\n${extensionBuildError}`);
  }
  if (extensionPath && !fs.existsSync(path.join(extensionPath, 'manifest.json'))) {
    throw new Error(`no built extension at ${extensionPath} (run \`npx wxt build\`)`);
  }
  const port = options.serverPort ?? harnessInfo().port;
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'second-look-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: !options.headed,
    ignoreHTTPSErrors: true,
    args: [...chromiumArgs(port, extensionPath), ...(options.args ?? [])],
    ...options.contextOptions,
  });

  let worker: Worker | undefined;
  const serviceWorker = async (): Promise<Worker> => {
    if (!extensionPath) throw new Error('launched without an extension');
    worker ??=
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', {
        predicate: (w) => w.url().startsWith('chrome-extension://'),
        timeout: 30_000,
      }));
    return worker;
  };
  const extensionId = extensionPath ? new URL((await serviceWorker()).url()).host : '';

  return {
    context,
    extensionId,
    serviceWorker,
    extensionUrl: (file) => `chrome-extension://${extensionId}/${file.replace(/^\//, '')}`,
    open: async (url) => {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    userDataDir,
    close: async () => {
      await context.close().catch(() => {});
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
