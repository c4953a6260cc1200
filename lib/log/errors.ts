// Typed log errors: a code for the code, an it/en message for the moderator.
import type { Localized } from '../types';
import type { UserError } from '../i18n';
import type { HandledItem } from './schema';

export type LogErrorCode = 'quota' | 'blocked' | 'closed' | 'invalid' | 'confirm' | 'write-failed';

const MESSAGES: Record<LogErrorCode, Localized> = {
  quota: {
    it: 'Spazio di archiviazione esaurito: l’azione è stata tenuta in coda e sarà salvata appena possibile. Esporta il registro e riduci la conservazione (Opzioni) per liberare spazio.',
    en: 'Storage is full: the action was kept in a queue and will be saved as soon as possible. Export the log and shorten retention (Options) to free space.',
  },
  blocked: {
    it: 'Il registro è bloccato da un’altra scheda di Galateo aperta con una versione precedente. Chiudi o ricarica le altre schede di Galateo (cruscotto, opzioni) e riprova.',
    en: 'The log is blocked by another Galateo tab running an older version. Close or reload the other Galateo tabs (dashboard, options) and try again.',
  },
  closed: {
    it: 'Il registro è stato chiuso per un aggiornamento di Galateo. Ricarica la pagina e riprova: nessun dato è andato perso.',
    en: 'The log was closed because Galateo was updated. Reload the page and try again: no data was lost.',
  },
  invalid: {
    it: 'Dati non validi: il record non è stato salvato.',
    en: 'Invalid data: the record was not saved.',
  },
  confirm: {
    it: 'Conferma mancante: per cancellare tutto il registro scrivi esattamente la frase di conferma.',
    en: 'Confirmation missing: to delete the whole log type the confirmation phrase exactly.',
  },
  'write-failed': {
    it: 'Il salvataggio nel registro non è riuscito: l’azione è stata tenuta in coda e verrà ritentata.',
    en: 'Saving to the log failed: the action was kept in a queue and will be retried.',
  },
};

export class LogError extends Error {
  readonly code: LogErrorCode;
  readonly userMessage: Localized;
  /** Records that were not written (quota / write-failed): put them in the retry queue. */
  readonly items: HandledItem[];
  constructor(code: LogErrorCode, detail?: string, items: HandledItem[] = [], cause?: unknown) {
    const base = MESSAGES[code];
    const userMessage = detail ? { it: `${base.it} (${detail})`, en: `${base.en} (${detail})` } : base;
    super(`${code}: ${userMessage.en}`, { cause });
    this.name = 'LogError';
    this.code = code;
    this.userMessage = userMessage;
    this.items = items;
  }
  toUserError(): UserError {
    return { code: this.code, message: this.userMessage };
  }
}

export const isLogError = (e: unknown): e is LogError => e instanceof LogError;

/** True for a storage-full failure whatever the browser calls it. */
export function isQuotaError(e: unknown): boolean {
  const name = (e as { name?: string } | null)?.name ?? '';
  const msg = String((e as { message?: string } | null)?.message ?? '');
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || /quota/i.test(msg);
}

/** Any failure as something a person can read. */
export function toUserError(e: unknown): UserError {
  if (e instanceof LogError) return e.toUserError();
  const detail = String((e as Error)?.message ?? e);
  return {
    code: 'write-failed',
    message: { it: `${MESSAGES['write-failed'].it} (${detail})`, en: `${MESSAGES['write-failed'].en} (${detail})` },
  };
}
