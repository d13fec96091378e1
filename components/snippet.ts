/** The matched words with a little context on each side, cut at word boundaries. Pure. */
export interface Snippet {
  before: string;
  match: string;
  after: string;
  /** Text was cut before `before` / after `after`. */
  cutStart: boolean;
  cutEnd: boolean;
}

export function snippet(text: string, start: number, end: number, context = 40): Snippet {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  let from = Math.max(0, s - context);
  let to = Math.min(text.length, e + context);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space !== -1 && space < s) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > e) to = space;
  }
  return {
    before: text.slice(from, s).replace(/\s+/g, ' '),
    match: text.slice(s, e),
    after: text.slice(e, to).replace(/\s+/g, ' '),
    cutStart: from > 0,
    cutEnd: to < text.length,
  };
}
