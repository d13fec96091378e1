import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounce } from '../../entrypoints/content/debounce.ts';
import {
  ackKey,
  decideAfterWait,
  decideSubmit,
  hash53,
  isSubmitKey,
  type SubmitState,
} from '../../entrypoints/content/decide.ts';

const risky = 'The confidential report on the budget leaks tomorrow';
const base = (over: Partial<SubmitState> = {}): SubmitState => ({
  text: risky,
  analyzedText: risky,
  status: 'done',
  severities: ['warning'],
  ack: null,
  key: ackKey(1, risky),
  ...over,
});

describe('decideSubmit', () => {
  it('holds a draft with an unacknowledged warning', () => {
    expect(decideSubmit(base())).toBe('confirm');
  });

  it('passes a clean analysed draft at once', () => {
    expect(decideSubmit(base({ severities: [] }))).toBe('pass');
  });

  it('passes info-only findings', () => {
    expect(decideSubmit(base({ severities: ['info', 'info'] }))).toBe('pass');
  });

  it('passes an empty or blank draft', () => {
    expect(decideSubmit(base({ text: '   \n', analyzedText: null, status: 'idle' }))).toBe('pass');
  });

  it('waits when the current text has not been analysed yet', () => {
    expect(decideSubmit(base({ analyzedText: null, status: 'idle' }))).toBe('wait');
    expect(decideSubmit(base({ analyzedText: 'The confidential report', status: 'pending' }))).toBe('wait');
    expect(decideSubmit(base({ text: `${risky}!`, key: ackKey(1, `${risky}!`) }))).toBe('wait');
  });

  it('fails open when the analysis failed', () => {
    expect(decideSubmit(base({ status: 'error', severities: [] }))).toBe('pass');
  });

  it('passes the acknowledged text of the same box', () => {
    expect(decideSubmit(base({ ack: ackKey(1, risky) }))).toBe('pass');
  });

  it('does not pass an edited text or another box on an old acknowledgement', () => {
    const edited = `${risky}.`;
    expect(
      decideSubmit(
        base({ text: edited, analyzedText: edited, ack: ackKey(1, risky), key: ackKey(1, edited) }),
      ),
    ).toBe('confirm');
    expect(decideSubmit(base({ ack: ackKey(2, risky) }))).toBe('confirm');
  });

  it('after the wait, a still-missing analysis lets the post go (fail open)', () => {
    expect(decideAfterWait(base({ analyzedText: null, status: 'pending' }))).toBe('pass');
    expect(decideAfterWait(base())).toBe('confirm');
    expect(decideAfterWait(base({ severities: [] }))).toBe('pass');
  });
});

describe('acknowledgement keys', () => {
  it('are stable for the same box and text', () => {
    expect(ackKey(3, 'hello')).toBe(ackKey(3, 'hello'));
  });

  it('differ for another box, another text, one character changed, or a trailing space', () => {
    const k = ackKey(3, 'hello world');
    expect(ackKey(4, 'hello world')).not.toBe(k);
    expect(ackKey(3, 'hello worle')).not.toBe(k);
    expect(ackKey(3, 'hello world ')).not.toBe(k);
    expect(ackKey(3, 'Hello world')).not.toBe(k);
  });

  it('never contain the draft', () => {
    expect(ackKey(1, 'confidential')).not.toContain('confidential');
  });

  it('hash53 spreads similar strings', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 5000; i++) seen.add(hash53(`draft ${i}`));
    expect(seen.size).toBe(5000);
  });
});

describe('isSubmitKey', () => {
  const key = (over: Partial<KeyboardEvent>) =>
    ({
      key: 'Enter',
      ctrlKey: false,
      metaKey: false,
      shiftKey: false,
      altKey: false,
      isComposing: false,
      keyCode: 13,
      ...over,
    }) as KeyboardEvent;

  it('Ctrl+Enter and Cmd+Enter submit', () => {
    expect(isSubmitKey(key({ ctrlKey: true }), false)).toBe(true);
    expect(isSubmitKey(key({ metaKey: true }), false)).toBe(true);
  });

  it('not where the site does not post on Ctrl+Enter', () => {
    expect(isSubmitKey(key({ ctrlKey: true }), false, false)).toBe(false);
  });

  it('plain Enter submits only where the site posts on Enter', () => {
    expect(isSubmitKey(key({}), false)).toBe(false);
    expect(isSubmitKey(key({}), true)).toBe(true);
  });

  it('Shift+Enter is a new line', () => {
    expect(isSubmitKey(key({ shiftKey: true }), true)).toBe(false);
  });

  it('Enter that confirms an IME composition never submits', () => {
    expect(isSubmitKey(key({ isComposing: true }), true)).toBe(false);
    expect(isSubmitKey(key({ keyCode: 229, ctrlKey: true }), true)).toBe(false);
  });

  it('other keys never submit', () => {
    expect(isSubmitKey(key({ key: 'a', ctrlKey: true }), true)).toBe(false);
  });
});

describe('debounce', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once, ms after the last schedule', () => {
    const fn = vi.fn();
    const d = debounce(fn, 80);
    d.schedule();
    vi.advanceTimersByTime(50);
    d.schedule();
    vi.advanceTimersByTime(79);
    expect(fn).not.toHaveBeenCalled();
    expect(d.pending).toBe(true);
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(d.pending).toBe(false);
  });

  it('flush runs now and only once', () => {
    const fn = vi.fn();
    const d = debounce(fn, 80);
    expect(d.flush()).toBe(false);
    d.schedule();
    expect(d.flush()).toBe(true);
    vi.advanceTimersByTime(200);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('cancel drops the pending run', () => {
    const fn = vi.fn();
    const d = debounce(fn, 80);
    d.schedule();
    d.cancel();
    vi.advanceTimersByTime(200);
    expect(fn).not.toHaveBeenCalled();
  });
});
