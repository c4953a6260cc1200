// The moderator's vocabulary for actions and severities, shared by the in-page card, the side panel and the dashboard.
import type { Action } from '../lib/types';
import type { Localized, Severity } from '../lib/types';

export const ACTION_LABELS: Record<Action, Localized> = {
  replied: { it: 'Risposto', en: 'Replied' },
  hidden: { it: 'Nascosto', en: 'Hidden' },
  deleted: { it: 'Eliminato', en: 'Deleted' },
  escalated: { it: 'Segnalato ai responsabili', en: 'Escalated' },
  dismissed: { it: 'Falso positivo', en: 'False positive' },
};

export const SEVERITY_LABELS: Record<Severity, Localized> = {
  info: { it: 'info', en: 'info' },
  low: { it: 'bassa', en: 'low' },
  medium: { it: 'media', en: 'medium' },
  high: { it: 'alta', en: 'high' },
  critical: { it: 'critica', en: 'critical' },
};
