/**
 * Reading and writing settings through the extension storage API.
 *
 * - Personal settings: `storage.local`, key `settings` (local only: `storage.sync` would send custom
 *   confidential terms and the supervisor's address to the browser vendor's servers).
 * - Managed policy: `storage.managed` (read-only; absent on unmanaged machines, where Firefox even
 *   rejects the read: that is "no policy", not a problem).
 * - A local error log (`errorLog`, the last 20 entries: time, where, message; never any draft text) for
 *   analyzer failures, shown on the options page.
 */
import { browser } from 'wxt/browser';
import {
  applyPersonalPatch,
  type EffectiveSettings,
  mergeSettings,
  type Settings,
  type SettingsProblem,
} from './schema.ts';

export const SETTINGS_KEY = 'settings';
export const ERROR_LOG_KEY = 'errorLog';
export const ERROR_LOG_MAX = 20;

interface ManagedRead {
  raw: unknown;
  problem?: SettingsProblem;
}

async function readManagedNow(): Promise<ManagedRead> {
  try {
    const area = browser.storage.managed;
    if (!area) return { raw: undefined };
    const raw = await area.get(null);
    return { raw: raw && Object.keys(raw).length > 0 ? raw : undefined };
  } catch (err) {
    // Firefox: "Managed storage manifest not found" when no policy is installed. Not a problem.
    const msg = String((err as Error)?.message ?? err);
    if (/manifest not found|not supported|undefined/i.test(msg)) return { raw: undefined };
    return { raw: undefined, problem: { source: 'managed', code: 'unreadable' } };
  }
}

/**
 * Chromium's first `storage.managed.get()` in a fresh profile can take seconds (the policy service starts
 * up). Nothing waits for it longer than MANAGED_WAIT_MS: until it answers, settings are computed without a
 * policy, and `watchSettings` listeners are called when it does, so the settings are recomputed then.
 */
export const MANAGED_WAIT_MS = 250;
let managedRead: ManagedRead | null = null;
let managedInflight: Promise<ManagedRead> | null = null;
const managedArrived = new Set<() => void>();

async function readManaged(): Promise<ManagedRead> {
  if (managedRead) return managedRead;
  if (!managedInflight) {
    const inflight = readManagedNow().then((r) => {
      if (managedInflight === inflight) {
        managedRead = r;
        managedInflight = null;
        for (const f of managedArrived) f();
      }
      return r;
    });
    managedInflight = inflight;
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), MANAGED_WAIT_MS);
  });
  const r = await Promise.race([managedInflight, late]);
  clearTimeout(timer);
  return r ?? { raw: undefined };
}

async function readPersonal(): Promise<{ raw: unknown; problem?: SettingsProblem }> {
  try {
    const got = await browser.storage.local.get(SETTINGS_KEY);
    return { raw: got[SETTINGS_KEY] };
  } catch {
    return { raw: undefined, problem: { source: 'personal', code: 'unreadable' } };
  }
}

/** The settings in force: defaults ← personal ← managed, with locks and problems. Never throws. */
export async function loadEffectiveSettings(): Promise<EffectiveSettings> {
  const [personal, managed] = await Promise.all([readPersonal(), readManaged()]);
  const eff = mergeSettings(personal.raw, managed.raw);
  if (personal.problem) eff.problems.unshift(personal.problem);
  if (managed.problem) eff.problems.unshift(managed.problem);
  return eff;
}

/** Save the person's edits (locked keys are left alone). */
export async function savePersonalSettings(patch: Partial<Settings>): Promise<EffectiveSettings> {
  const [personal, eff] = await Promise.all([readPersonal(), loadEffectiveSettings()]);
  const next = applyPersonalPatch(personal.raw, patch, eff);
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return loadEffectiveSettings();
}

/** Put the personal settings back to the defaults (managed ones still apply). */
export async function resetPersonalSettings(): Promise<void> {
  await browser.storage.local.remove(SETTINGS_KEY);
}

/** Call `onChange` whenever personal or managed settings change. Returns an unsubscribe function. */
export function watchSettings(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed') {
      managedRead = null;
      managedInflight = null;
    }
    if (area === 'managed' || (area === 'local' && SETTINGS_KEY in changes)) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  managedArrived.add(onChange);
  return () => {
    browser.storage.onChanged.removeListener(listener);
    managedArrived.delete(onChange);
  };
}

export interface ErrorEntry {
  /** ms since epoch */
  time: number;
  where: string;
  message: string;
}

/** Record an error locally (never any draft text: callers pass the error message only). */
export async function recordError(where: string, message: string): Promise<void> {
  try {
    const got = await browser.storage.local.get(ERROR_LOG_KEY);
    const list = Array.isArray(got[ERROR_LOG_KEY]) ? (got[ERROR_LOG_KEY] as ErrorEntry[]) : [];
    list.push({ time: Date.now(), where: where.slice(0, 60), message: message.slice(0, 300) });
    await browser.storage.local.set({ [ERROR_LOG_KEY]: list.slice(-ERROR_LOG_MAX) });
  } catch {
    // Recording must never break anything.
  }
}

export async function readErrors(): Promise<ErrorEntry[]> {
  try {
    const got = await browser.storage.local.get(ERROR_LOG_KEY);
    const list = got[ERROR_LOG_KEY];
    return Array.isArray(list)
      ? list.filter(
          (e): e is ErrorEntry =>
            typeof e === 'object' && e !== null && typeof (e as ErrorEntry).message === 'string',
        )
      : [];
  } catch {
    return [];
  }
}

export async function clearErrors(): Promise<void> {
  await browser.storage.local.remove(ERROR_LOG_KEY);
}
