// One observer per document, started before the first scan; work runs at idle time in bounded slices.
// Small mutation batches coalesce into one scan; our own nodes (data-galateo) never trigger one.

export interface IdleDeadlineLike {
  timeRemaining(): number;
}

export interface SchedulerOptions {
  doc: Document;
  ownAttr: string;
  /** Do one slice of work; return true if more remains (another slice is scheduled). */
  scan(deadline: IdleDeadlineLike): boolean;
  signal?: AbortSignal;
  /** Longest wait for an idle slot before running anyway (ms). */
  idleTimeout?: number;
  /** Budget of one slice when the browser gives no idle deadline (ms). */
  sliceMs?: number;
}

export function createScheduler(opts: SchedulerOptions) {
  const { doc, ownAttr } = opts;
  const win = doc.defaultView ?? (globalThis as unknown as Window);
  const sliceMs = opts.sliceMs ?? 12;
  let pending = false;
  let stopped = false;

  const ric: (cb: (d: IdleDeadlineLike) => void, o: { timeout: number }) => unknown =
    typeof win.requestIdleCallback === 'function'
      ? win.requestIdleCallback.bind(win)
      : (cb) => win.setTimeout(() => {
          const start = performance.now();
          cb({ timeRemaining: () => Math.max(0, sliceMs - (performance.now() - start)) });
        }, 16);

  function run(deadline: IdleDeadlineLike) {
    pending = false;
    if (stopped) return;
    // Never let one slice exceed our budget even when the idle deadline is generous.
    const start = performance.now();
    // A callback run because its timeout expired has no idle time left (timeRemaining() is 0): give it one slice.
    const idle = (deadline as { didTimeout?: boolean }).didTimeout ? () => Infinity : () => deadline.timeRemaining();
    const bounded = { timeRemaining: () => Math.min(idle(), sliceMs - (performance.now() - start)) };
    if (opts.scan(bounded)) request();
  }

  function request() {
    if (pending || stopped) return;
    pending = true;
    ric(run, { timeout: opts.idleTimeout ?? 300 });
  }

  const isOwn = (n: Node | null): boolean => {
    const el = n && (n.nodeType === 1 ? (n as Element) : n.parentElement);
    return !!el?.closest?.(`[${ownAttr}]`);
  };

  const Observer = (win as Window & typeof globalThis).MutationObserver ?? MutationObserver;
  const observer = new Observer((records: MutationRecord[]) => {
    for (const r of records) {
      if (isOwn(r.target)) continue;
      // Our own hosts being added next to comments are not page changes.
      if (
        r.type === 'childList' &&
        r.addedNodes.length + r.removedNodes.length > 0 &&
        [...r.addedNodes, ...r.removedNodes].every((n) => isOwn(n))
      )
        continue;
      request();
      return;
    }
  });
  // Watching starts before the first scan, so nothing added during that scan is missed.
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  request();

  const stop = () => {
    stopped = true;
    observer.disconnect();
  };
  opts.signal?.addEventListener('abort', stop);
  return { request, stop };
}
