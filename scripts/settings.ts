// npm run --silent settings -- defaults          print the institute's default settings document (JSON)
// npm run --silent settings -- validate FILE     "ok" (exit 0), or one "<json.path>: <message>" line per problem (exit 1)
// Messages are Italian and English ("it / en"); set GALATEO_LANG=it or =en for one language only.
import { readFileSync } from 'node:fs';
import { defaultSettings, exportSettings, problemLines } from '../lib/settings/index';
import { parseSettingsTextStrict } from '../lib/settings/rule-check';

function usage(): never {
  process.stderr.write(
    'Uso / usage:\n  npm run --silent settings -- defaults\n  npm run --silent settings -- validate FILE\n',
  );
  process.exit(2);
}

const [cmd, file, ...rest] = process.argv.slice(2);
const envLang = process.env.GALATEO_LANG;
const lang = envLang === 'it' || envLang === 'en' ? envLang : 'both';

if (cmd === 'defaults' && file === undefined) {
  process.stdout.write(exportSettings(defaultSettings()));
} else if (cmd === 'validate' && file !== undefined && rest.length === 0) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? String(e);
    const msg =
      lang === 'en'
        ? `cannot read the file "${file}" (${reason})`
        : lang === 'it'
          ? `impossibile leggere il file "${file}" (${reason})`
          : `impossibile leggere il file "${file}" (${reason}) / cannot read the file "${file}" (${reason})`;
    process.stdout.write(`$: ${msg}\n`);
    process.exit(1);
  }
  const r = parseSettingsTextStrict(text);
  if (r.ok) {
    process.stdout.write('ok\n');
  } else {
    process.stdout.write(problemLines(r.problems, lang).join('\n') + '\n');
    process.exit(1);
  }
} else {
  usage();
}
