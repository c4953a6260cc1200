// The background service worker owns the moderation log (IndexedDB) and answers typed messages.
import { defineBackground } from 'wxt/utils/define-background';
import browser from 'webextension-polyfill';
import { flushQueue, handleRequest, purgeExpired, useAnalysis, useSettings } from '../lib/background/handler';
import { loadSettings, SETTINGS_KEY, updateSettings } from '../lib/settings/storage';
import { resolveAnalyzerProfile, type Settings } from '../lib/settings';
import { createAnalysisService } from '../lib/analysis/service';

const DISMISSALS_KEY = 'galateo:dismissals';

const RETENTION_ALARM = 'galateo-retention';

export default defineBackground({
  type: 'module',
  main() {
    // The settings document as stored right now: a content script that saw a change asks at once, maybe
    // before this worker's own change event, so every request reads storage; the document is parsed
    // again only when it changed (the worker may also be restarted at any time).
    let last: { json: string; settings: Settings } | null = null;
    const settings = async (): Promise<Settings> => {
      const raw = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
      const json = JSON.stringify(raw ?? null);
      if (last?.json === json) return last.settings;
      const { settings: s } = await loadSettings();
      last = { json, settings: s };
      return s;
    };
    useSettings(async () => {
      const s = await settings();
      return {
        moderator: s.moderator.name,
        retentionDays: s.log.retentionDays,
        serviceHours: resolveAnalyzerProfile(s, null).serviceHours,
      };
    });
    useAnalysis(
      createAnalysisService({
        settings,
        dismissals: {
          load: async () => (await browser.storage.local.get(DISMISSALS_KEY))[DISMISSALS_KEY],
          save: (v) => browser.storage.local.set({ [DISMISSALS_KEY]: v }),
        },
        updateSettings: async (change) => (await updateSettings(change)).ok,
      }),
    );
    browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
      // Only our own extension's pages and content scripts may talk to us.
      if (sender.id !== browser.runtime.id) return undefined;
      return handleRequest(message);
    });

    // Actions kept while the worker was stopped or the disk was full are written as soon as we start.
    void flushQueue().catch(() => {});

    // Retention: purge records older than the configured days, every few hours (MV3 has no long timers).
    browser.alarms.create(RETENTION_ALARM, { periodInMinutes: 360, delayInMinutes: 1 });
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name !== RETENTION_ALARM) return;
      void flushQueue().catch(() => {});
      void purgeExpired().catch(() => {});
    });

    // Configurable shortcuts (chrome://extensions/shortcuts): move between flagged comments of the active tab.
    browser.commands?.onCommand.addListener(async (command: string) => {
      const direction = command === 'next-flagged' ? 1 : command === 'previous-flagged' ? -1 : 0;
      if (!direction) return;
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id != null) await browser.tabs.sendMessage(tab.id, { type: 'content/navigate', direction }).catch(() => {});
    });
  },
});
