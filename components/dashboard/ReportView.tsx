// The report as a moderator wants to see it: a few big numbers, then charts, then the details.
import type { Lang } from '../../lib/types';
import type { DailyReport, Count } from '../../lib/log/report';
import { NONE } from '../../lib/log/report';
import { BarChart, HourChart } from './charts';
import { ACTION_COLOR, ACTION_LABEL, T, formatDuration, pct } from './labels';
import type { Action } from '../../lib/log/schema';

export function ReportView({ report, lang }: { report: DailyReport; lang: Lang }) {
  const none = T.none[lang];
  const relabel = (cs: Count[]): Count[] => cs.map((c) => (c.key === NONE ? { ...c, label: none } : c));
  const actions = report.byAction.map((c) => ({ ...c, label: ACTION_LABEL[c.key as Action]?.[lang] ?? c.key }));
  return (
    <section class="report" aria-label="report">
      <div class="cards">
        <Card label={T.comments[lang]} value={String(report.comments)} sub={`${report.records} ${T.records[lang].toLowerCase()} · ${report.remarked} ${T.remarked[lang]}`} testid="comments" />
        <Card label={T.median[lang]} value={formatDuration(report.responseMs?.median)} sub={`${T.p90[lang]}: ${formatDuration(report.responseMs?.p90)}`} testid="median" />
        <Card
          label={T.inHours[lang]}
          value={report.comments ? pct(report.handledInServiceHours.share) : '—'}
          sub={`${report.handledInServiceHours.count}/${report.handledInServiceHours.total}`}
          testid="in-hours"
        />
        <Card label={T.arrivedOoh[lang]} value={String(report.arrivedOutOfHours.count)} sub={`/${report.arrivedOutOfHours.known}`} testid="ooh" />
      </div>
      <div class="charts">
        <BarChart title={T.byAction[lang]} data={actions} colors={ACTION_COLOR} />
        <BarChart title={T.byRule[lang]} data={relabel(report.byRule)} />
        <BarChart title={T.byPage[lang]} data={relabel(report.byPage)} />
        <BarChart title={T.byTopic[lang]} data={relabel(report.byTopic)} />
        <BarChart title={T.byChannel[lang]} data={report.byChannel} />
        {report.byModerator.length > 1 && <BarChart title={T.byModerator[lang]} data={report.byModerator} />}
        <HourChart title={T.byHour[lang]} hours={report.byHour} />
      </div>
      {report.falsePositives.length > 0 && (
        <table class="fp">
          <caption>{T.fpTitle[lang]}</caption>
          <thead>
            <tr>
              <th scope="col">{T.rule[lang]}</th>
              <th scope="col">{T.flagged[lang]}</th>
              <th scope="col">{T.dismissed[lang]}</th>
              <th scope="col">{T.rate[lang]}</th>
            </tr>
          </thead>
          <tbody>
            {report.falsePositives.map((q) => (
              <tr key={q.rule} data-rule={q.rule}>
                <th scope="row">{q.rule}</th>
                <td>{q.flagged}</td>
                <td>{q.dismissed}</td>
                <td>
                  <span class="rate-bar" style={{ width: `${Math.round(q.rate * 60)}px` }} aria-hidden="true" /> {pct(q.rate)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Card({ label, value, sub, testid }: { label: string; value: string; sub?: string; testid: string }) {
  return (
    <div class="card" data-testid={testid}>
      <div class="card-label">{label}</div>
      <div class="card-value">{value}</div>
      {sub && <div class="card-sub">{sub}</div>}
    </div>
  );
}
