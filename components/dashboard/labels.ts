// Dashboard texts (it/en) and action colours.
import type { Localized } from '../../lib/types';
import type { Action } from '../../lib/log/schema';

export const T = {
  title: { it: 'Galateo — registro di moderazione', en: 'Galateo — moderation log' },
  mine: { it: 'Il mio registro', en: 'My log' },
  team: { it: 'Report di squadra', en: 'Team report' },
  from: { it: 'Dal', en: 'From' },
  to: { it: 'Al', en: 'To' },
  today: { it: 'Oggi', en: 'Today' },
  yesterday: { it: 'Ieri', en: 'Yesterday' },
  week: { it: 'Ultimi 7 giorni', en: 'Last 7 days' },
  page: { it: 'Pagina', en: 'Page' },
  rule: { it: 'Regola', en: 'Rule' },
  action: { it: 'Azione', en: 'Action' },
  all: { it: 'tutte', en: 'all' },
  delimiter: { it: 'Separatore CSV', en: 'CSV delimiter' },
  exportCsv: { it: 'Esporta record (CSV)', en: 'Export records (CSV)' },
  exportJson: { it: 'Esporta record (JSON)', en: 'Export records (JSON)' },
  exportReport: { it: 'Esporta report (CSV)', en: 'Export report (CSV)' },
  print: { it: 'Stampa', en: 'Print' },
  loading: { it: 'Caricamento…', en: 'Loading…' },
  empty: { it: 'Nessun record per questo periodo e questi filtri.', en: 'No records for this period and these filters.' },
  comments: { it: 'Commenti gestiti', en: 'Comments handled' },
  records: { it: 'Azioni registrate', en: 'Actions recorded' },
  remarked: { it: 'ricontrassegnati', en: 're-marked' },
  median: { it: 'Tempo di risposta mediano', en: 'Median response time' },
  p90: { it: '90° percentile', en: '90th percentile' },
  inHours: { it: 'Gestiti in orario di servizio', en: 'Handled within service hours' },
  arrivedOoh: { it: 'Arrivati fuori orario', en: 'Arrived out of hours' },
  byAction: { it: 'Per azione', en: 'By action' },
  byRule: { it: 'Per regola', en: 'By rule' },
  byPage: { it: 'Per pagina', en: 'By page' },
  byTopic: { it: 'Per argomento', en: 'By topic' },
  byChannel: { it: 'Per canale', en: 'By channel' },
  byModerator: { it: 'Per moderatore', en: 'By moderator' },
  byHour: { it: 'Per ora del giorno (fascia: orario di servizio)', en: 'By hour of day (band: service hours)' },
  fpTitle: { it: 'Falsi positivi (segnalazioni ignorate) per regola', en: 'False positives (dismissed) per rule' },
  flagged: { it: 'Segnalati', en: 'Flagged' },
  dismissed: { it: 'Ignorati', en: 'Dismissed' },
  rate: { it: 'Tasso', en: 'Rate' },
  itemsTitle: { it: 'Azioni', en: 'Actions' },
  time: { it: 'Ora', en: 'Time' },
  excerpt: { it: 'Estratto (dati personali mascherati)', en: 'Excerpt (personal data masked)' },
  response: { it: 'Risposta', en: 'Response' },
  moderator: { it: 'Moderatore', en: 'Moderator' },
  showMore: { it: 'Mostra altri', en: 'Show more' },
  importTitle: {
    it: 'Importa le esportazioni JSON dei moderatori: i record identici sono contati una volta.',
    en: 'Import the moderators’ JSON exports: identical records are counted once.',
  },
  files: { it: 'File', en: 'Files' },
  skipped: { it: 'ignorato', en: 'skipped' },
  duplicates: { it: 'record duplicati contati una volta', en: 'duplicate records counted once' },
  conflicts: { it: 'conflitti (stessa chiave, contenuto diverso)', en: 'conflicts (same key, different content)' },
  exportMerged: { it: 'Esporta unione (JSON)', en: 'Export merged (JSON)' },
  privacy: { it: 'Privacy e conservazione', en: 'Privacy and retention' },
  purge: { it: 'Elimina i record più vecchi di', en: 'Delete records older than' },
  days: { it: 'giorni', en: 'days' },
  purgeBtn: { it: 'Elimina ora', en: 'Delete now' },
  forget: { it: 'Diritto all’oblio: elimina tutti i record di un autore (nome esatto come appare)', en: 'Right to be forgotten: delete all records of an author (name as shown)' },
  forgetBtn: { it: 'Elimina i suoi record', en: 'Delete their records' },
  noSalt: { it: 'Chiave di anonimizzazione non disponibile: apri il cruscotto dall’estensione.', en: 'Anonymisation key unavailable: open the dashboard from the extension.' },
  clear: { it: 'Cancella tutto il registro: scrivi', en: 'Delete the whole log: type' },
  clearBtn: { it: 'Cancella tutto', en: 'Delete everything' },
  deleted: { it: 'record eliminati', en: 'records deleted' },
  confirmPurge: { it: 'Eliminare definitivamente i record più vecchi di {n} giorni?', en: 'Permanently delete records older than {n} days?' },
  confirmForget: { it: 'Eliminare definitivamente i record di questo autore?', en: 'Permanently delete this author’s records?' },
  generated: { it: 'Generato', en: 'Generated' },
  none: { it: '(nessuno)', en: '(none)' },
} satisfies Record<string, Localized>;

/** The shared action vocabulary (components/labels.ts). */
export { ACTION_LABELS as ACTION_LABEL } from '../labels';

export const ACTION_COLOR: Record<Action, string> = {
  replied: '#1e6b52',
  hidden: '#8a5a00',
  deleted: '#b3261e',
  escalated: '#6a0dad',
  dismissed: '#5f6368',
};

/** "1 min 05 s", "12 s", "2 h 03 min". */
export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '—';
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${String(s % 60).padStart(2, '0')} s`;
  const h = Math.floor(m / 60);
  return `${h} h ${String(m % 60).padStart(2, '0')} min`;
}

export const pct = (x: number): string => `${Math.round(x * 1000) / 10}%`;
