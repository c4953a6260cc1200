// The moderation queue of one tab: flagged comments, most severe first, then the longest waiting.
import { severityRank, type Finding, type Severity } from './types';

export interface QueueItem {
  id: string;
  author: string;
  time: string | null;
  findings: Finding[];
  handled?: string | null;
}

export interface QueueRow extends QueueItem {
  top: Severity;
  outOfHours: boolean;
}

export function buildQueue(items: readonly QueueItem[]): QueueRow[] {
  const rows: QueueRow[] = [];
  for (const it of items) {
    // Out-of-hours alone is information for the queue, not a reason to be in it.
    const real = it.findings.filter((f) => f.rule !== 'out-of-hours');
    if (!real.length) continue;
    let top: Severity = real[0].severity;
    for (const f of real) if (severityRank(f.severity) > severityRank(top)) top = f.severity;
    rows.push({ ...it, top, outOfHours: it.findings.some((f) => f.rule === 'out-of-hours') });
  }
  const age = (t: string | null) => (t ? Date.parse(t) : Number.POSITIVE_INFINITY);
  return rows.sort((a, b) => severityRank(b.top) - severityRank(a.top) || age(a.time) - age(b.time) || a.id.localeCompare(b.id));
}
