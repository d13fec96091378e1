/**
 * The machinery every adapter shares, with no selectors of its own: each platform file lists its markers
 * (all its selectors) and box rules, and defineAdapter turns them into a PlatformAdapter.
 */
import {
  closestDeep,
  containsDeep,
  controlLabel,
  deepQueryAll,
  isFormField,
  isShadowRoot,
  isTextInput,
  isVisible,
  isWritable,
  openShadowRoots,
  parentDeep,
  readText,
  resolveEditable,
} from './dom.ts';
import type { BoxField, ComposeBox, Marker, PlatformAdapter } from './types.ts';

export interface BoxRule {
  /** Name of a `box` marker. A match that is not editable itself stands for the first editable inside it. */
  marker: string;
  field?: BoxField;
  /** Posts on plain Enter. Default: false, except single-line inputs inside a form (implicit submission). */
  enterSubmits?: boolean;
  /** Posts on Ctrl/Cmd+Enter. */
  modEnterSubmits?: boolean;
  /** Names of the `submit` markers that post this box; default all of the adapter's submit markers. */
  submit?: string[];
  /** The enclosing form's submit buttons count as submit controls too. */
  formSubmit?: boolean;
  /** Extra test on the editable element (e.g. "not inside a search form"). */
  accept?(el: HTMLElement): boolean;
}

export interface AdapterSpec {
  id: string;
  name: string;
  matches: string[];
  recognise?(doc: Document): boolean;
  markers: Marker[];
  /** In priority order: an element found by two rules belongs to the first. */
  boxes: BoxRule[];
  /** Look inside open shadow roots (costs a walk over the whole DOM; only where the site needs it). */
  pierce?: boolean;
  /** Skips an editable for every rule (e.g. search fields). */
  skip?(el: HTMLElement): boolean;
}

export interface DefinedAdapter extends PlatformAdapter {
  boxes: BoxRule[];
  pierce: boolean;
}

const FORM_SUBMIT = 'button[type="submit"], input[type="submit"], button:not([type])';

/** root and, when pierce is set, every open shadow root below it. */
export function rootsUnder(root: Document | ShadowRoot, pierce: boolean): (Document | ShadowRoot)[] {
  return pierce ? [root, ...openShadowRoots(root)] : [root];
}

/** Elements matching a marker in these roots (selector, then label when the marker has one). */
export function queryIn(roots: (Document | ShadowRoot)[], m: Marker): HTMLElement[] {
  const out: HTMLElement[] = [];
  for (const r of roots) {
    for (const el of Array.from(r.querySelectorAll<HTMLElement>(m.selector))) {
      if (!m.label || m.label.test(controlLabel(el))) out.push(el);
    }
  }
  return out;
}

/** Elements matching a marker under root (open shadow roots included when pierce is set). */
export function matchMarker(marker: Marker, root: Document | ShadowRoot, pierce: boolean): HTMLElement[] {
  return queryIn(rootsUnder(root, pierce), marker);
}

export function defineAdapter(spec: AdapterSpec): DefinedAdapter {
  const pierce = spec.pierce ?? false;
  const byName = new Map(spec.markers.map((m) => [m.name, m]));
  const marker = (name: string): Marker => {
    const m = byName.get(name);
    if (!m) throw new Error(`${spec.id}: unknown marker ${name}`);
    return m;
  };
  for (const rule of spec.boxes) {
    if (marker(rule.marker).role !== 'box') throw new Error(`${spec.id}: ${rule.marker} is not a box marker`);
    for (const s of rule.submit ?? []) marker(s);
  }
  const submitMarkers = spec.markers.filter((m) => m.role === 'submit');
  const boxMarkers = spec.markers.filter((m) => m.role === 'box');

  function findBoxes(root: Document | ShadowRoot): ComposeBox[] {
    const out: ComposeBox[] = [];
    const seen = new Set<HTMLElement>();
    const roots = rootsUnder(root, pierce);
    for (const rule of spec.boxes) {
      const m = marker(rule.marker);
      for (const hit of queryIn(roots, m)) {
        const el = resolveEditable(hit, pierce);
        if (!el || seen.has(el)) continue;
        if (!isWritable(el) || !isVisible(el)) continue;
        if (spec.skip?.(el) || (rule.accept && !rule.accept(el))) continue;
        seen.add(el);
        const inForm = isTextInput(el) && !!closestDeep(el, 'form');
        out.push({
          element: el,
          marker: m.name,
          field: rule.field ?? 'post',
          enterSubmits: rule.enterSubmits ?? inForm,
          ...(rule.modEnterSubmits !== undefined ? { modEnterSubmits: rule.modEnterSubmits } : {}),
        });
      }
    }
    return out;
  }

  /** Where submit controls and other boxes can be: the document, the shadow roots the box sits in, and (when
   * the adapter pierces) every open shadow root. Queried once per findSubmit, not once per ancestor. */
  function searchRoots(el: Element): (Document | ShadowRoot)[] {
    const roots: (Document | ShadowRoot)[] = [];
    for (let r: Node = el.getRootNode(); ; ) {
      roots.push(r as Document | ShadowRoot);
      if (!isShadowRoot(r)) break;
      r = r.host.getRootNode();
    }
    const doc = roots[roots.length - 1] as Document | ShadowRoot;
    if (pierce) for (const sr of openShadowRoots(doc)) if (!roots.includes(sr)) roots.push(sr);
    return roots;
  }

  function findSubmit(box: ComposeBox): HTMLElement[] {
    const rule = spec.boxes.find((r) => r.marker === box.marker);
    const markers = rule?.submit ? rule.submit.map(marker) : submitMarkers;
    const out: HTMLElement[] = [];
    const add = (el: HTMLElement) => {
      if (!out.includes(el)) out.push(el);
    };
    if (rule?.formSubmit || (isFormField(box.element) && !markers.length)) {
      const form = closestDeep(box.element, 'form');
      if (form) for (const el of deepQueryAll(form, FORM_SUBMIT, pierce)) add(el);
    }
    if (!markers.length) return out;
    const roots = searchRoots(box.element);
    const candidates = [...new Set(markers.flatMap((m) => queryIn(roots, m)))];
    if (!candidates.length) return out;
    let others: HTMLElement[] | null = null;
    const otherBoxes = () => {
      others ??= boxMarkers
        .flatMap((m) => queryIn(roots, m))
        .map((hit) => resolveEditable(hit, pierce))
        .filter(
          (o): o is HTMLElement => !!o && o !== box.element && !containsDeep(box.element, o) && isVisible(o),
        );
      return others;
    };
    // Walk up from the box; the first ancestor holding a submit control wins. A control in a branch of that
    // ancestor that also holds another box belongs to that box (two composers on one page).
    let child: Element = box.element;
    for (let anc = parentDeep(box.element); anc; child = anc, anc = parentDeep(anc)) {
      const found: HTMLElement[] = [];
      for (const el of candidates) {
        if (!containsDeep(anc, el) || containsDeep(child, el)) continue; // outside, or examined one level down
        let branch: Element = el;
        for (let p = parentDeep(branch); p && p !== anc; p = parentDeep(p)) branch = p;
        if (!otherBoxes().some((o) => containsDeep(branch, o))) found.push(el);
      }
      if (found.length) {
        // A control wrapped in another match (a custom element around its <button>): keep the innermost.
        for (const el of found) if (!found.some((o) => o !== el && containsDeep(el, o))) add(el);
        return out;
      }
      if (anc.localName === 'body' || anc.localName === 'html') break;
    }
    return out;
  }

  return {
    id: spec.id,
    name: spec.name,
    matches: spec.matches,
    ...(spec.recognise ? { recognise: spec.recognise } : {}),
    markers: spec.markers,
    boxes: spec.boxes,
    pierce,
    findBoxes,
    findSubmit,
    readText: (box) => readText(box.element),
  };
}
