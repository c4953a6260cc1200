// The background service worker owns the moderation log (IndexedDB) and answers typed messages.
import { defineBackground } from 'wxt/utils/define-background';
import browser from 'webextension-polyfill';
import { flushQueue, handleRequest, purgeExpired, useSettings } from '../lib/background/handler';
import { loadSettings } from '../lib/settings/storage';
import { resolveAnalyzerProfile } from '../lib/settings';

const RETENTION_ALARM = 'galateo-retention';

export default defineBackground({
  type: 'module',
  main() {
    useSettings(async () => {
      const { settings } = await loadSettings();
      return {
        moderator: settings.moderator.name,
        retentionDays: settings.log.retentionDays,
        serviceHours: resolveAnalyzerProfile(settings, null).serviceHours,
      };
    });
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
