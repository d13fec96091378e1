/**
 * Styles of the in-page UI. They live inside the shadow root (the page's CSS cannot reach them, ours
 * cannot reach the page). Sizes are in px: `rem` would follow the site's root font size.
 */
export const INPAGE_CSS = `
* { box-sizing: border-box; }
body, .sl-root {
  margin: 0;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Ubuntu, sans-serif;
  color: #1b1f24;
  --sl-bg: #ffffff;
  --sl-fg: #1b1f24;
  --sl-muted: #57606a;
  --sl-border: #c9d1d9;
  --sl-warn: #9a3412;
  --sl-warn-bg: #fff4e5;
  --sl-ok: #166534;
  --sl-ok-bg: #ecfdf3;
  --sl-accent: #0b5cad;
  --sl-mark: #ffe08a;
}
@media (prefers-color-scheme: dark) {
  body, .sl-root {
    color: #e6edf3;
    --sl-bg: #1c2128;
    --sl-fg: #e6edf3;
    --sl-muted: #a6b0bb;
    --sl-border: #444c56;
    --sl-warn: #fdba74;
    --sl-warn-bg: #3b2414;
    --sl-ok: #86efac;
    --sl-ok-bg: #12301f;
    --sl-accent: #79b8ff;
    --sl-mark: #7a5d00;
  }
}
.sl-sr-only {
  position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
.sl-indicator {
  position: fixed;
  width: 26px; height: 26px;
  border-radius: 13px;
  border: 1px solid var(--sl-border);
  background: var(--sl-bg);
  color: var(--sl-fg);
  display: inline-flex; align-items: center; justify-content: center;
  font: 700 13px/1 system-ui, sans-serif;
  cursor: pointer;
  padding: 0;
  box-shadow: 0 1px 3px rgba(0,0,0,.25);
  pointer-events: auto;
}
.sl-indicator[data-state="warning"] { background: var(--sl-warn-bg); color: var(--sl-warn); border-color: var(--sl-warn); }
.sl-indicator[data-state="clean"] { color: var(--sl-ok); }
.sl-indicator[data-state="pending"] { color: var(--sl-muted); }
.sl-indicator:focus-visible, .sl-btn:focus-visible, .sl-link:focus-visible {
  outline: 3px solid var(--sl-accent); outline-offset: 2px;
}
.sl-panel {
  position: fixed;
  width: 340px; max-width: calc(100vw - 16px);
  max-height: min(420px, calc(100vh - 16px));
  overflow: auto;
  background: var(--sl-bg); color: var(--sl-fg);
  border: 1px solid var(--sl-border); border-radius: 8px;
  box-shadow: 0 6px 24px rgba(0,0,0,.25);
  padding: 12px;
  pointer-events: auto;
}
.sl-panel h2, .sl-dialog h2 { font-size: 16px; margin: 0 0 8px; }
.sl-panel-head { display: flex; justify-content: space-between; align-items: center; gap: 8px; }
.sl-findings { list-style: none; margin: 0; padding: 0; display: grid; gap: 10px; }
.sl-finding { border-left: 4px solid var(--sl-warn); padding: 4px 0 4px 10px; }
.sl-finding[data-severity="info"] { border-left-color: var(--sl-accent); }
.sl-finding h3 { font-size: 14px; margin: 0 0 2px; }
.sl-badge { font-size: 12px; font-weight: 600; color: var(--sl-warn); margin-right: 6px; }
.sl-finding[data-severity="info"] .sl-badge { color: var(--sl-accent); }
.sl-snippet { margin: 4px 0; color: var(--sl-muted); overflow-wrap: anywhere; }
.sl-snippet mark { background: var(--sl-mark); color: inherit; border-radius: 2px; padding: 0 1px; }
.sl-clause { margin: 4px 0; font-size: 13px; color: var(--sl-muted); }
.sl-msg, .sl-suggest { margin: 4px 0; }
.sl-suggest strong { font-weight: 600; }
.sl-note { font-size: 12px; color: var(--sl-muted); margin: 8px 0 0; }
.sl-dialog {
  width: 520px; max-width: calc(100vw - 32px);
  max-height: calc(100vh - 32px);
  overflow: auto;
  border: 1px solid var(--sl-border); border-radius: 10px;
  padding: 18px;
  background: var(--sl-bg); color: var(--sl-fg);
  box-shadow: 0 12px 40px rgba(0,0,0,.35);
  pointer-events: auto;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Ubuntu, sans-serif;
}
.sl-dialog::backdrop { background: rgba(0,0,0,.45); }
.sl-dialog .sl-scroll { max-height: 45vh; overflow: auto; margin: 8px 0; padding: 2px; }
.sl-dialog .sl-scroll:focus-visible { outline: 3px solid var(--sl-accent); outline-offset: 2px; }
.sl-actions { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 14px; }
.sl-btn {
  font: 600 14px/1.2 system-ui, sans-serif;
  padding: 8px 14px; border-radius: 6px; cursor: pointer;
  border: 1px solid var(--sl-border); background: var(--sl-bg); color: var(--sl-fg);
}
.sl-btn-primary { background: var(--sl-accent); border-color: var(--sl-accent); color: #fff; }
@media (prefers-color-scheme: dark) { .sl-btn-primary { color: #0d1117; } }
.sl-close { padding: 2px 8px; font-size: 13px; }
.sl-check { display: flex; gap: 6px; align-items: center; margin-top: 10px; }
.sl-email-warning {
  position: fixed;
  max-width: 360px;
  background: var(--sl-warn-bg); color: var(--sl-fg);
  border: 1px solid var(--sl-warn); border-radius: 6px;
  padding: 8px 10px;
  font-size: 13px;
  box-shadow: 0 2px 8px rgba(0,0,0,.2);
  pointer-events: auto;
}
.sl-email-warning p { margin: 2px 0; }
.sl-email-warning strong { color: var(--sl-warn); }
`;
