// One observer per document, started before the first scan; work runs at idle time in bounded slices.
// Small mutation batches coalesce into one scan; our own nodes (data-galateo) never trigger one.

export interface IdleDeadlineLike {
  timeRemaining(): number;
}

export interface SchedulerOptions {
  doc: Document;
  ownAttr: string;
  /**
   * Do one slice of work; return true if more remains (another slice is scheduled).
   * `changed` says whether the page changed (or a rescan was requested) since the previous slice:
   * when false, the previous slice's work list is still valid and can be resumed.
   */
  scan(deadline: IdleDeadlineLike, changed: boolean): boolean;
  signal?: AbortSignal;
  /** Longest wait for an idle slot before running anyway (ms). */
  idleTimeout?: number;
  /** Budget of one slice when the browser gives no idle deadline (ms). */
  sliceMs?: number;
}

/** Unfinished work continues soon even if the page never goes idle. */
const CONTINUE_TIMEOUT = 50;

export function createScheduler(opts: SchedulerOptions) {
  const { doc, ownAttr } = opts;
  const win = doc.defaultView ?? (globalThis as unknown as Window);
  const sliceMs = opts.sliceMs ?? 12;
  let pending = false;
  let stopped = false;
  let changed = true;

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
    // Each slice gets its own budget: on a huge page the browser is rarely idle for long (layout of the
    // host page), and trusting a near-zero idle deadline would do one comment per slice. A slice never
    // exceeds the budget, so Galateo's tasks stay short whatever the deadline says.
    void deadline;
    const start = performance.now();
    const bounded = { timeRemaining: () => sliceMs - (performance.now() - start) };
    const wasChanged = changed;
    changed = false;
    if (opts.scan(bounded, wasChanged)) schedule(CONTINUE_TIMEOUT);
  }

  /** Something changed: scan again from the start. */
  function request() {
    changed = true;
    schedule();
  }

  /** More work can be done with what the last scan found (e.g. results arrived): no new scan needed. */
  function resume() {
    schedule(CONTINUE_TIMEOUT);
  }

  function schedule(timeout = opts.idleTimeout ?? 300) {
    if (pending || stopped) return;
    pending = true;
    ric(run, { timeout });
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
  return { request, resume, stop };
}
