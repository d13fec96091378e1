import { type KeyboardEvent, type MouseEvent, useId, useLayoutEffect, useRef, useState } from 'react';
import type { PolicyPack } from '../../lib/policy/index.ts';
import type { UiLang } from '../../lib/settings/schema.ts';
import { FindingList } from '../FindingList.tsx';
import type { Translate } from '../i18n.ts';
import { supervisorMailto } from '../mailto.ts';
import type { DialogChoice, DialogRequest } from './contract.ts';

interface Props {
  req: DialogRequest;
  pack: PolicyPack;
  lang: UiLang;
  t: Translate;
  supervisorEmail: string;
  onChoose(choice: DialogChoice): void;
}

const FOCUSABLE = 'button:not([disabled]), a[href], input:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * The modal dialog at submit: a native <dialog> opened with showModal() (top layer, the page behind is
 * inert), labelled by its title, focus kept inside (Tab wraps), Escape = Edit post.
 * "Edit post" is the default (focused first). "Post anyway" only accepts a trusted activation: a click
 * the page dispatches itself can never post.
 */
export function ConfirmDialog({ req, pack, lang, t, supervisorEmail, onChoose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  const done = useRef(false);
  const [includeDraft, setIncludeDraft] = useState(false);
  const titleId = useId();
  const introId = useId();

  useLayoutEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    editRef.current?.focus();
  }, []);

  const choose = (choice: DialogChoice) => {
    if (done.current) return;
    done.current = true;
    if (ref.current?.open) ref.current.close();
    onChoose(choice);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDialogElement>) => {
    if (e.key !== 'Tab') return;
    const d = ref.current;
    if (!d) return;
    const items = [...d.querySelectorAll<HTMLElement>(FOCUSABLE)];
    if (items.length === 0) return;
    const first = items[0]!;
    const last = items[items.length - 1]!;
    const active = (d.getRootNode() as ShadowRoot).activeElement;
    if (e.shiftKey && (active === first || !d.contains(active))) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && (active === last || !d.contains(active))) {
      e.preventDefault();
      first.focus();
    }
  };

  const onPostAnyway = (e: MouseEvent<HTMLButtonElement>) => {
    // Untrusted (page-dispatched) clicks can never choose to post.
    if (!e.nativeEvent.isTrusted) return;
    choose('post');
  };

  const onEdit = (e: MouseEvent<HTMLButtonElement>) => {
    if (!e.nativeEvent.isTrusted) return;
    choose('edit');
  };

  const mailto = supervisorMailto({
    to: supervisorEmail,
    findings: req.findings,
    draft: req.text,
    includeDraft,
    site: req.site,
    pack,
    lang,
    t,
  });

  const warnings = req.findings.filter((f) => f.severity === 'warning');

  return (
    <dialog
      ref={ref}
      className="sl-dialog"
      aria-labelledby={titleId}
      aria-describedby={introId}
      data-testid="second-look-dialog"
      onCancel={(e) => {
        e.preventDefault();
        choose('edit');
      }}
      onKeyDown={onKeyDown}
    >
      <h2 id={titleId}>{t('dialogTitle')}</h2>
      <p id={introId}>{t('dialogIntro')}</p>
      {/* A scrolling region is focusable (keyboard users can scroll it); the actions stay in view. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable region, see above */}
      <section className="sl-scroll" aria-label={t('findingsLabel')} tabIndex={0}>
        <FindingList findings={warnings} text={req.text} pack={pack} lang={lang} t={t} />
      </section>
      <p className="sl-note">{t('youDecide')}</p>
      <label className="sl-check">
        <input
          type="checkbox"
          checked={includeDraft}
          onChange={(e) => setIncludeDraft(e.currentTarget.checked)}
          data-testid="include-draft"
        />
        {t('includeDraft')}
      </label>
      {supervisorEmail ? null : <p className="sl-note">{t('noSupervisor')}</p>}
      <div className="sl-actions">
        <button
          ref={editRef}
          type="button"
          className="sl-btn sl-btn-primary"
          onClick={onEdit}
          data-action="edit"
        >
          {t('editPost')}
        </button>
        <button type="button" className="sl-btn" onClick={onPostAnyway} data-action="post">
          {t('postAnyway')}
        </button>
        <a
          className="sl-btn sl-link"
          href={mailto}
          target="_blank"
          rel="noopener noreferrer"
          data-action="supervisor"
          onClick={() => {
            // The link itself opens the e-mail; the post stays held and the person returns to the editor.
            setTimeout(() => choose('supervisor'), 0);
          }}
        >
          {t('askSupervisor')}
        </a>
      </div>
    </dialog>
  );
}
