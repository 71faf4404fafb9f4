// What the gate reads of the settings (src/content/gate-settings.ts) agrees with the settings' own rules
// (src/settings-schema.ts), which the gate does not import.
import fc from 'fast-check';
import { FIRST_SHOW, GATE_KEYS, gateView } from '@/src/content/gate-settings';
import { CURRENT_SHOW_ID, SETTING_KEYS, isShieldOn, settingsFrom } from '@/src/settings-schema';
import { SHIPPED_SHOWS } from '@/src/catalog/shipped';

const shipped = SHIPPED_SHOWS.map((s) => s.id);
const NOW = 1_800_000_000_000;
const host = fc.constantFrom('example.com', 'www.example.com', 'news.example.org', '');
const time = fc.oneof(fc.constant(0), fc.constant(NOW - 1), fc.constant(NOW + 1), fc.constant(NOW + 3_600_000), fc.constant('soon'), fc.constant(-5), fc.double());
const site = fc.constantFrom('example.com', 'www.example.com', 'EXAMPLE.com', 'news.example.org', ' ', '');
const raw = fc.record(
  {
    enabled: fc.oneof(fc.boolean(), fc.constant('no'), fc.constant(null)),
    disabledSites: fc.oneof(fc.array(fc.oneof(site, fc.integer())), fc.constant('example.com')),
    pausedUntil: time,
    pausedSites: fc.oneof(fc.dictionary(site, time), fc.constant([]), fc.constant(null)),
    followedShows: fc.oneof(fc.subarray([...shipped, 'no-such-show']), fc.constant('prison-cell-211'), fc.constant(null)),
    ownPlotPoints: fc.oneof(
      fc.array(fc.record({ text: fc.constantFrom('the soup burns', 'Juan dies'), episode: fc.constant(1), show: fc.constantFrom(...shipped) }, { requiredKeys: ['text', 'episode'] }), { maxLength: 3 }),
      fc.constant('none'),
    ),
  },
  { requiredKeys: [] },
);

describe("the gate's view of the settings", () => {
  it('reads only keys the settings have', () => {
    for (const key of GATE_KEYS) expect(SETTING_KEYS).toContain(key);
    expect(FIRST_SHOW).toBe(CURRENT_SHOW_ID);
  });

  it('is quiet exactly where the shield is off or paused, and looks for exactly the followed shows', () => {
    fc.assert(
      fc.property(raw, host, (r, hostname) => {
        const settings = settingsFrom(r);
        const view = gateView(r, hostname, NOW, shipped);
        const expected = isShieldOn(settings, hostname, NOW) ? settings.followedShows : [];
        expect([...view.shows].sort()).toEqual([...expected].sort());
        // Own plot points: only those of a followed show let the shield in everywhere.
        const own = settings.ownPlotPoints.some((p) => view.shows.includes(p.show));
        if (own) expect(view.own).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
