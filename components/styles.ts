// Styles of Galateo's in-page UI, adopted once by every shadow root (no <style> per comment, no network fetch).
export const COMMENT_UI_CSS = `
:host { all: initial; display: block; margin: 2px 0 4px; font: 13px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1c1e21; }
* { box-sizing: border-box; }
.badge { display: inline-flex; align-items: center; gap: 4px; border: 1px solid transparent; border-radius: 999px; padding: 1px 8px; cursor: pointer; font: inherit; font-weight: 600; color: #fff; }
.badge:focus-visible, button:focus-visible, textarea:focus-visible, select:focus-visible { outline: 3px solid #1a73e8; outline-offset: 2px; }
.sev-info { background: #5f6368; } .sev-low { background: #1e6b52; } .sev-medium { background: #8a5a00; }
.sev-high { background: #b3261e; } .sev-critical { background: #6a0dad; }
.ok { background: #e8f0fe; color: #174ea6; border-color: #aecbfa; font-weight: 500; }
.handled { margin-left: 6px; font-size: 12px; color: #137333; font-weight: 600; }
.card { margin-top: 4px; max-width: 560px; background: #fff; border: 1px solid #c4c7c5; border-radius: 8px; padding: 8px 10px; box-shadow: 0 1px 3px rgba(0,0,0,.15); }
.card h3 { margin: 6px 0 4px; font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: #444746; }
.finding { margin: 4px 0; padding-left: 8px; border-left: 4px solid #888; }
.finding.sev-info, .finding.sev-low, .finding.sev-medium, .finding.sev-high, .finding.sev-critical { background: none; color: inherit; }
.finding.sev-high { border-color: #b3261e; } .finding.sev-critical { border-color: #6a0dad; } .finding.sev-medium { border-color: #8a5a00; } .finding.sev-low { border-color: #1e6b52; }
.sevlabel { font-size: 11px; font-weight: 700; text-transform: uppercase; margin-right: 6px; }
.evidence { font-family: ui-monospace, monospace; background: #fff3c4; padding: 0 3px; border-radius: 3px; margin-right: 4px; }
.reason { color: #444746; }
textarea { width: 100%; min-height: 72px; font: inherit; border: 1px solid #8e918f; border-radius: 6px; padding: 4px 6px; resize: vertical; }
select { font: inherit; max-width: 100%; }
.row { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 6px; align-items: center; }
button.act { font: inherit; border: 1px solid #8e918f; background: #f8f9fa; border-radius: 6px; padding: 3px 8px; cursor: pointer; color: #1c1e21; }
button.primary { background: #0b57d0; border-color: #0b57d0; color: #fff; }
.status { margin-top: 4px; font-size: 12px; }
.status.error { color: #b3261e; } .status.success { color: #137333; }
.note { background: #f3e8fd; border-left: 4px solid #6a0dad; padding: 4px 8px; margin: 4px 0; }
.offer { margin-top: 6px; background: #fef7e0; border: 1px solid #f9ab00; border-radius: 6px; padding: 4px 8px; }
.keys { margin-top: 6px; font-size: 11px; color: #5f6368; }
.topic { display: inline-block; background: #e6f4ea; color: #0d652d; border-radius: 4px; padding: 0 6px; margin-right: 4px; }
`;

let shared: CSSStyleSheet | null = null;
export function commentUiSheet(): CSSStyleSheet {
  if (!shared) {
    shared = new CSSStyleSheet();
    shared.replaceSync(COMMENT_UI_CSS);
  }
  return shared;
}
