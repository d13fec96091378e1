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
  isTextInput,
  isVisible,
  isWritable,
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

/** Elements matching a marker under root (selector, then label when the marker has one). */
export function matchMarker(
  marker: Marker,
  root: Document | ShadowRoot | Element,
  pierce: boolean,
): HTMLElement[] {
  const found = deepQueryAll(root, marker.selector, pierce);
  return marker.label ? found.filter((el) => marker.label?.test(controlLabel(el))) : found;
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
  const boxSelector = spec.markers
    .filter((m) => m.role === 'box')
    .map((m) => m.selector)
    .join(', ');

  function findBoxes(root: Document | ShadowRoot): ComposeBox[] {
    const out: ComposeBox[] = [];
    const seen = new Set<HTMLElement>();
    for (const rule of spec.boxes) {
      const m = marker(rule.marker);
      for (const hit of matchMarker(m, root, pierce)) {
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

  /** Another box (not ours) inside el? Then a submit control found there belongs to that box. */
  function holdsOtherBox(el: Element, mine: HTMLElement): boolean {
    if (!boxSelector) return false;
    for (const hit of deepQueryAll(el, boxSelector, pierce)) {
      const other = resolveEditable(hit, pierce);
      if (other && other !== mine && !containsDeep(mine, other) && isVisible(other)) return true;
    }
    return false;
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
    // Walk up from the box; the first ancestor holding a submit control wins. A control in a branch of that
    // ancestor that also holds another box belongs to that box (two composers on one page).
    let child: Element = box.element;
    for (let anc = parentDeep(box.element); anc; child = anc, anc = parentDeep(anc)) {
      const found: HTMLElement[] = [];
      for (const m of markers) {
        for (const el of matchMarker(m, anc, pierce)) {
          if (containsDeep(child, el)) continue; // examined one level down
          let branch: Element = el;
          for (let p = parentDeep(branch); p && p !== anc; p = parentDeep(p)) branch = p;
          if (!holdsOtherBox(branch, box.element)) found.push(el);
        }
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
