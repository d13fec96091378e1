/** Save the editor's caret before the dialog takes focus, and put focus and caret back after. Reads only. */
export type SavedCaret =
  | { kind: 'field'; start: number | null; end: number | null; dir: 'forward' | 'backward' | 'none' | null }
  | { kind: 'range'; range: Range | null };

function isField(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;
}

function selectionFor(el: HTMLElement): Selection | null {
  const root = el.getRootNode() as Document | (ShadowRoot & { getSelection?: () => Selection | null });
  if ('getSelection' in root && typeof root.getSelection === 'function') return root.getSelection();
  return document.getSelection();
}

export function saveCaret(el: HTMLElement): SavedCaret {
  if (isField(el)) {
    try {
      return { kind: 'field', start: el.selectionStart, end: el.selectionEnd, dir: el.selectionDirection };
    } catch {
      return { kind: 'field', start: null, end: null, dir: null };
    }
  }
  const sel = selectionFor(el);
  if (sel && sel.rangeCount > 0) {
    const r = sel.getRangeAt(0);
    if (el.contains(r.startContainer) && el.contains(r.endContainer))
      return { kind: 'range', range: r.cloneRange() };
  }
  return { kind: 'range', range: null };
}

export function restoreCaret(el: HTMLElement, saved: SavedCaret | null): void {
  if (!el.isConnected) return;
  try {
    el.focus({ preventScroll: true });
  } catch {
    return;
  }
  if (!saved) return;
  try {
    if (saved.kind === 'field' && isField(el)) {
      if (saved.start !== null && saved.end !== null) {
        el.setSelectionRange(saved.start, saved.end, saved.dir ?? undefined);
      }
    } else if (saved.kind === 'range' && saved.range) {
      const r = saved.range;
      if (!r.startContainer.isConnected || !el.contains(r.startContainer) || !el.contains(r.endContainer))
        return;
      const sel = selectionFor(el);
      if (!sel) return;
      if (sel.rangeCount > 0) {
        const cur = sel.getRangeAt(0);
        if (
          cur.startContainer === r.startContainer &&
          cur.startOffset === r.startOffset &&
          cur.endContainer === r.endContainer &&
          cur.endOffset === r.endOffset
        )
          return;
      }
      sel.removeAllRanges();
      sel.addRange(r);
    }
  } catch {
    // A caret we cannot restore is not worth an error: focus is back in the editor.
  }
}
