// Team report from several moderators' JSON exports (see lib/log/cli.ts and docs/log-format.md).
import { readFile } from 'node:fs/promises';
import { runReportCli } from '../lib/log/cli';

const code = await runReportCli(process.argv.slice(2), {
  readFile: (p) => readFile(p, 'utf8'),
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
});
process.exitCode = code;
