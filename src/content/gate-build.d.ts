/** The gate's expression sources, built in by wxt.config.ts (src/content/gate-words.ts). */
declare const __SPOILER_SHIELD_GATE__: import('./gate-words').GateSources;
