// Small helpers for the options page and the command line.
import type { Link, Settings } from './schema';

/** Links still to be opened once by a person: low confidence and not yet marked verified; with who uses them. */
export function linksToVerify(s: Settings): { id: string; link: Link; usedBy: string[] }[] {
  return Object.entries(s.links)
    .filter(([, l]) => l.confidence === 'low' && !l.verifiedAt)
    .map(([id, link]) => ({
      id,
      link,
      usedBy: [
        ...Object.entries(s.topics).filter(([, t]) => t.linkId === id).map(([tid]) => `topics.${tid}`),
        ...Object.entries(s.templates).filter(([, t]) => t.linkId === id).map(([tid]) => `templates.${tid}`),
      ],
    }));
}

/** The whole document as JSON text (with its version), as exported and as `npm run settings -- defaults` prints it. */
export function exportSettings(s: Settings): string {
  return JSON.stringify(s, null, 2) + '\n';
}
