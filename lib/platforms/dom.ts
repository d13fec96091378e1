/**
 * DOM helpers shared by the platform adapters. Read-only: nothing here changes the page.
 * Shadow roots: only OPEN ones are visible to a content script (element.shadowRoot).
 */

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_FRAGMENT_NODE = 11;

/** A node that is a ShadowRoot (checked by shape: instanceof fails across realms and in Firefox Xrays). */
export function isShadowRoot(node: Node | null | undefined): node is ShadowRoot {
  return !!node && node.nodeType === DOCUMENT_FRAGMENT_NODE && 'host' in node && !!(node as ShadowRoot).host;
}

function isElement(node: Node | null | undefined): node is Element {
  return !!node && node.nodeType === ELEMENT_NODE;
}

/** The parent element, or the shadow host when el is at the top of a shadow tree. */
export function parentDeep(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const parent = node.parentNode;
  return isShadowRoot(parent) ? parent.host : null;
}

/** Element.closest that continues outside shadow roots (through their hosts). */
export function closestDeep(el: Element, selector: string): Element | null {
  let cur: Element | null = el;
  while (cur) {
    const found = cur.closest(selector);
    if (found) return found;
    const root = cur.getRootNode();
    cur = isShadowRoot(root) ? root.host : null;
  }
  return null;
}

/** Does ancestor contain node, looking through shadow roots? */
export function containsDeep(ancestor: Node, node: Node): boolean {
  let cur: Node | null = node;
  while (cur) {
    if (ancestor.contains(cur)) return true;
    const root: Node = cur.getRootNode();
    cur = isShadowRoot(root) ? root.host : null;
  }
  return false;
}

/** Every open shadow root under root, nested ones included. */
export function openShadowRoots(root: Document | ShadowRoot | Element): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  const visit = (r: Document | ShadowRoot | Element) => {
    const doc = r.nodeType === 9 ? (r as Document) : (r.ownerDocument as Document);
    const walker = doc.createTreeWalker(r, 1 /* NodeFilter.SHOW_ELEMENT */);
    if (isElement(r) && r.shadowRoot) {
      out.push(r.shadowRoot);
      visit(r.shadowRoot);
    }
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const sr = (n as Element).shadowRoot;
      if (sr) {
        out.push(sr);
        visit(sr);
      }
    }
  };
  visit(root);
  return out;
}

/**
 * querySelectorAll under root and, when pierce is set, inside every open shadow root below it
 * (a selector matches within one tree: descendant combinators do not cross shadow boundaries).
 */
export function deepQueryAll<E extends Element = HTMLElement>(
  root: Document | ShadowRoot | Element,
  selector: string,
  pierce = true,
): E[] {
  const out: E[] = [];
  if (isElement(root) && root.matches(selector)) out.push(root as unknown as E);
  out.push(...(Array.from(root.querySelectorAll(selector)) as unknown as E[]));
  if (pierce) {
    for (const sr of openShadowRoots(root))
      out.push(...(Array.from(sr.querySelectorAll(selector)) as unknown as E[]));
  }
  return out;
}

/** Rendered and not hidden (display, visibility, content-visibility); size is not checked. */
export function isVisible(el: Element): boolean {
  if (!el.isConnected) return false;
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof check === 'function') {
    return check.call(el, { visibilityProperty: true, contentVisibilityAuto: false });
  }
  const view = el.ownerDocument.defaultView;
  for (let cur: Element | null = el; cur; cur = parentDeep(cur)) {
    const style = view?.getComputedStyle(cur);
    if (style?.display === 'none') return false;
    if (cur === el && style?.visibility === 'hidden') return false;
  }
  return true;
}

const TEXT_INPUT_TYPES = new Set(['', 'text', 'email', 'search', 'url', 'tel']);

export function isTextarea(el: Element): el is HTMLTextAreaElement {
  return el.localName === 'textarea';
}

/** An <input> a person types text into (not a password, checkbox, number, hidden ...). */
export function isTextInput(el: Element): el is HTMLInputElement {
  return el.localName === 'input' && TEXT_INPUT_TYPES.has((el.getAttribute('type') ?? '').toLowerCase());
}

export function isFormField(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  return isTextarea(el) || isTextInput(el);
}

/** The element is editable rich text (contenteditable, plaintext-only included). */
export function isContentEditable(el: Element): el is HTMLElement {
  if ((el as HTMLElement).isContentEditable) return true;
  const attr = el.getAttribute('contenteditable');
  return attr !== null && attr.toLowerCase() !== 'false';
}

/** The editing host: the topmost contenteditable element of the editor that contains el (same tree). */
export function editingHost(el: HTMLElement): HTMLElement {
  let host = el;
  for (let p = el.parentElement; p && isContentEditable(p); p = p.parentElement) host = p;
  return host;
}

/**
 * The editable element a marker points at: the element itself when it is a text field or a contenteditable
 * (normalised to its editing host), else the first one inside it (its open shadow root included).
 */
export function resolveEditable(el: Element, pierce = true): HTMLElement | null {
  if (isFormField(el)) return el as HTMLElement;
  if (isContentEditable(el)) return editingHost(el as HTMLElement);
  const inner = deepQueryAll(
    el,
    'textarea, input, [contenteditable]:not([contenteditable="false"])',
    pierce || !!el.shadowRoot,
  ).find((c) => c !== el && (isFormField(c) || isContentEditable(c)));
  if (!inner) return null;
  return isContentEditable(inner) ? editingHost(inner) : inner;
}

/** Not disabled, not read-only, not hidden by type. */
export function isWritable(el: HTMLElement): boolean {
  if (isFormField(el)) return !el.disabled && !el.readOnly;
  return isContentEditable(el);
}

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tr',
  'ul',
]);
const SKIP_TAGS = new Set(['script', 'style', 'template', 'noscript']);

/** NBSP as space; the byte-order mark/zero-width no-break space (editor caret guards) dropped. */
export function normaliseText(text: string): string {
  return text.replace(/\u00a0/g, ' ').replace(/\ufeff/g, '');
}

/**
 * The text of a box as the site will post it.
 * - textarea / input: `.value`.
 * - contenteditable: one line per block (p, div, li ...), `<br>` is a line break, and the placeholder
 *   `<br>` that editors put at the end of a block (Draft.js, Lexical, ProseMirror, Quill, Chrome's own
 *   `<div><br></div>`) is not one; NBSP becomes a space. This equals what Draft.js `getPlainText('\n')`,
 *   Lexical plain text, ProseMirror `textBetween(.., '\n')` and Quill `getText()` (minus its final newline)
 *   give, where innerText would double the breaks between `<p>` paragraphs.
 */
export function readText(el: HTMLElement): string {
  if (isFormField(el)) return el.value;
  return normaliseText(blockText(el));
}

function isBlock(el: Element, view: Window | null): boolean {
  const display = view?.getComputedStyle(el).display;
  if (display) {
    if (display === 'none' || display === 'contents') return false;
    return !display.startsWith('inline') && display !== 'ruby';
  }
  return BLOCK_TAGS.has(el.localName);
}

function isHidden(el: Element, view: Window | null): boolean {
  if (SKIP_TAGS.has(el.localName)) return true;
  return view?.getComputedStyle(el).display === 'none';
}

/** Is br the last thing in its block (no text or line break after it before the block ends)? */
function isTrailingBreak(br: Element, root: Element, view: Window | null): boolean {
  let node: Node = br;
  for (;;) {
    while (!node.nextSibling) {
      const parent = node.parentNode;
      if (!parent || parent === root) return true;
      if (isElement(parent) && isBlock(parent, view)) return true;
      node = parent;
    }
    node = node.nextSibling;
    if (node.nodeType === TEXT_NODE) {
      if ((node.nodeValue ?? '').replace(/\ufeff/g, '') !== '') return false;
    } else if (isElement(node)) {
      if (isHidden(node, view)) continue;
      if (node.localName === 'br') return false;
      // A break right before a block ends its line (Chrome renders `a<br><div>b</div>` as two lines).
      if (isBlock(node, view)) return true;
      if (hasContent(node)) return false;
    }
  }
}

function hasContent(el: Element): boolean {
  return (el.textContent ?? '').replace(/\ufeff/g, '') !== '' || !!el.querySelector('br');
}

function blockText(root: HTMLElement): string {
  const view = root.ownerDocument.defaultView;
  const lines: string[] = [];
  let cur: string | null = null;
  const endLine = () => {
    if (cur !== null) lines.push(cur);
    cur = null;
  };
  const visit = (node: Node) => {
    if (node.nodeType === TEXT_NODE) {
      const t = node.nodeValue ?? '';
      if (t) cur = (cur ?? '') + t;
      return;
    }
    if (!isElement(node) || isHidden(node, view)) return;
    if (node.localName === 'br') {
      if (isTrailingBreak(node, root, view)) {
        cur ??= '';
      } else {
        lines.push(cur ?? '');
        cur = '';
      }
      return;
    }
    const block = node !== root && isBlock(node, view);
    if (block) endLine();
    for (let c = node.firstChild; c; c = c.nextSibling) visit(c);
    if (block) endLine();
  };
  visit(root);
  endLine();
  return lines.join('\n');
}

/** The visible label of a control: aria-label, else its text. */
export function controlLabel(el: Element): string {
  return (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
}
