// Dashboard page (unlisted: /dashboard.html). Opens the log database itself; the worker keeps writing.
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { Dashboard } from '../../components/dashboard/Dashboard';
import { downloadText } from '../../components/download';
import { openLogDb, type LogDb } from '../../lib/log/db';
import { DayStringSchema } from '../../lib/log/schema';
import { LogError, toUserError } from '../../lib/log/errors';
import { uiLang, type UserError } from '../../lib/i18n';
import { loadSettings } from '../../lib/settings/storage';
import { readSalt } from '../../lib/log/identity';
import './style.css';


async function main() {
  const lang = uiLang();
  document.documentElement.lang = lang;
  const app = document.getElementById('app')!;
  let db: LogDb | null = null;
  let openError: UserError | null = null;
  // `dashboard.html?day=YYYY-MM-DD` opens that day (links from the popup, bookmarks).
  const dayParam = new URLSearchParams(location.search).get('day');
  const initialDay = dayParam && DayStringSchema.safeParse(dayParam).success ? dayParam : null;
  const show = () =>
    render(
      <Dashboard db={db} openError={openError} moderator={moderator} salt={salt} lang={lang} initialDay={initialDay} download={downloadText} />,
      app,
    );
  try {
    db = await openLogDb(undefined, {
      blockedTimeoutMs: 5000,
      // A newer Galateo needs the database: step aside and tell the moderator to reload.
      onVersionChange: () => {
        openError = new LogError('closed').toUserError();
        show();
      },
    });
  } catch (e) {
    openError = toUserError(e);
  }
  let moderator = '';
  let salt: string | null = null;
  try {
    moderator = (await loadSettings()).settings.moderator.name;
  } catch {
    /* the options page reports broken settings */
  }
  try {
    salt = await readSalt(browser.storage.local as never);
  } catch {
    salt = null;
  }
  show();
}

void main();
