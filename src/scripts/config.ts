/** The page's configuration (embedded by the layout as JSON) and what the client derives from it. */
import { CONFIG_ID, storageKeys, type IslandConfig } from '../lib/island';
import { createTranslator, type Translator } from '../lib/i18n';
import type { FactContext } from '../lib/facts';

let config: IslandConfig | undefined;
let facts: FactContext | undefined;

/** The configuration; a page without one (or with a broken one) gets safe defaults. */
export function siteConfig(): IslandConfig {
  if (!config) {
    let parsed: Partial<IslandConfig> = {};
    try {
      parsed = JSON.parse(document.getElementById(CONFIG_ID)?.textContent ?? '{}');
    } catch {
      // Unreadable configuration: the defaults below keep the page usable.
    }
    config = {
      lang: 'en',
      eventZone: 'UTC',
      dayChange: 0,
      storagePrefix: 'schedule',
      base: '/',
      prefix: '',
      zones: [],
      event: '',
      messages: {},
      ...parsed,
    };
  }
  return config;
}

/** The page's interface messages. */
export const t = (): Translator => factContext().t;

/** What the time facts need. */
export function factContext(): FactContext {
  if (!facts) {
    const c = siteConfig();
    facts = { t: createTranslator(c.lang, c.messages), eventZone: c.eventZone, dayChange: c.dayChange };
  }
  return facts;
}

/** This site's browser storage keys. */
export const keys = () => storageKeys(siteConfig().storagePrefix);

/** A site path with the base ("/sub/search.json"). */
export const sitePath = (path: string) => `${siteConfig().base.replace(/\/$/, '')}${path}`;

/** A page path with the base and this page's language prefix ("/zh/sessions/x/"). */
export const pagePath = (path: string) => {
  const { prefix } = siteConfig();
  return sitePath(prefix ? `/${prefix}${path}` : path);
};
