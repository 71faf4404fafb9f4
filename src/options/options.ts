/**
 * The options page: progress, the sites where the shield is off, how hidden
 * passages look and are revealed, the reader's own plot points, export and import,
 * and reset. Every change is saved at once; the page follows changes made
 * elsewhere (the popup, the context menu) while it is open.
 */
import browser from 'webextension-polyfill';
import { prisonCell211 } from '../catalog';
import type { Translate } from '../i18n';
import { episodeOptions } from '../popup/text';
import {
  addOwnPlotPoint,
  blurStrengthItem,
  DEFAULT_SETTINGS,
  enabledItem,
  exportSettingsText,
  importSettingsText,
  lookItem,
  nextUnwatched,
  OWN_PLOT_POINTS_MAX,
  OWN_PLOT_POINT_TEXT_MAX,
  readSettings,
  removeOwnPlotPoint,
  resetSettings,
  revealModeItem,
  setSiteEnabled,
  setWatchedEpisode,
  watchSettings,
  type ImportProblem,
  type Look,
  type RevealMode,
  type Settings,
} from '../settings';
import { siteKey } from '../site';
import { lookCss } from '../shield/paint/look';
import { HIGHLIGHT_NAME } from '../shield/paint/highlight';
import { localizePage } from '../ui/localize';

export const EXPORT_FILE_NAME = 'spoiler-shield-settings.json';

export async function startOptions(doc: Document): Promise<void> {
  const t = localizePage(doc, browser.i18n);
  doc.title = t('optionsTitle');
  const $ = <T extends HTMLElement>(id: string) => doc.getElementById(id) as T;
  $('show-title').textContent = prisonCell211.titles[0]!;

  const status = $<HTMLElement>('status');
  const say = (text: string, error = false) => {
    status.textContent = text;
    if (error) status.dataset.error = '';
    else delete status.dataset.error;
  };
  const why = (e: unknown) => (e instanceof Error ? e.message : String(e));
  /** Runs a save; says "Saved." or why it failed (and shows what is really stored). */
  const save = (work: Promise<unknown>, done = t('saved')) =>
    work.then(
      () => say(done),
      (e) => {
        say(t('errorSave', why(e)), true);
        void readSettings().then(render);
      },
    );

  // Progress and the global switch.
  const watched = $<HTMLSelectElement>('watched');
  for (const { value, text } of episodeOptions(prisonCell211, t)) watched.add(new Option(text, String(value)));
  watched.addEventListener('change', () => void save(setWatchedEpisode(Number(watched.value))));
  const globalSwitch = $<HTMLInputElement>('global-enabled');
  globalSwitch.addEventListener('change', () => void save(enabledItem.setValue(globalSwitch.checked)));

  // Sites where the shield is off.
  const sites = $<HTMLUListElement>('sites');
  const siteInput = $<HTMLInputElement>('site-input');
  const siteError = $<HTMLElement>('site-error');
  $<HTMLFormElement>('site-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const site = siteFromInput(siteInput.value);
    if (!site) {
      showError(siteInput, siteError, t('optSiteInvalid', siteInput.value.trim()));
      return;
    }
    showError(siteInput, siteError, '');
    siteInput.value = '';
    void save(setSiteEnabled(site, false), t('optSiteAdded', site));
  });

  // Look and reveal mode.
  const strength = $<HTMLInputElement>('blur-strength');
  const strengthValue = $<HTMLOutputElement>('blur-strength-value');
  const preview = new LookPreview(doc, $('preview-text'));
  for (const radio of doc.querySelectorAll<HTMLInputElement>('input[name="look"]')) {
    radio.addEventListener('change', () => {
      if (!radio.checked) return;
      strength.disabled = radio.value === 'bar';
      preview.show(radio.value as Look, Number(strength.value));
      void save(lookItem.setValue(radio.value as Look));
    });
  }
  strength.addEventListener('input', () => {
    strengthValue.textContent = strength.value;
    preview.show('blur', Number(strength.value));
  });
  strength.addEventListener('change', () => void save(blurStrengthItem.setValue(Number(strength.value))));
  for (const radio of doc.querySelectorAll<HTMLInputElement>('input[name="reveal"]')) {
    radio.addEventListener('change', () => {
      if (radio.checked) void save(revealModeItem.setValue(radio.value as RevealMode));
    });
  }

  // The reader's own plot points.
  const keywords = $<HTMLUListElement>('keywords');
  const keywordText = $<HTMLInputElement>('keyword-text');
  const keywordEpisode = $<HTMLSelectElement>('keyword-episode');
  const keywordError = $<HTMLElement>('keyword-error');
  keywordText.maxLength = OWN_PLOT_POINT_TEXT_MAX;
  for (const { value, text } of episodeOptions(prisonCell211, t).slice(1)) keywordEpisode.add(new Option(text, String(value)));
  $<HTMLFormElement>('keyword-form').addEventListener('submit', (e) => {
    e.preventDefault();
    void addOwnPlotPoint(keywordText.value, Number(keywordEpisode.value)).then(
      (result) => {
        if (!result.ok) {
          const max = result.problem === 'optKeywordsFull' ? OWN_PLOT_POINTS_MAX : OWN_PLOT_POINT_TEXT_MAX;
          showError(keywordText, keywordError, t(result.problem, max));
          return;
        }
        showError(keywordText, keywordError, '');
        keywordText.value = '';
        say(t('optKeywordAdded', result.point.text, result.point.episode));
      },
      (error) => say(t('errorSave', why(error)), true),
    );
  });

  // Export, import.
  const backupStatus = $<HTMLElement>('backup-status');
  $('export').addEventListener('click', () => {
    void exportSettingsText().then(
      (text) => {
        const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
        const a = doc.createElement('a');
        a.href = url;
        a.download = EXPORT_FILE_NAME;
        a.click();
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
        backupStatus.textContent = t('optExported', EXPORT_FILE_NAME);
      },
      (error) => say(t('errorRead', why(error)), true),
    );
  });
  const importFile = $<HTMLInputElement>('import-file');
  importFile.addEventListener('change', () => {
    const file = importFile.files?.[0];
    importFile.value = '';
    if (!file) return;
    void file
      .text()
      .then(importSettingsText)
      .then(
        (result) => {
          backupStatus.dataset.result = result.ok ? 'ok' : 'error';
          backupStatus.textContent = result.ok ? t('optImported', file.name) : t('optImportFailed', importProblemText(result, t));
        },
        (error) => {
          backupStatus.dataset.result = 'error';
          backupStatus.textContent = t('optImportFailed', why(error));
        },
      );
  });

  // Reset, after a confirmation.
  const reset = $<HTMLButtonElement>('reset');
  const confirm = $<HTMLElement>('reset-confirm');
  const closeConfirm = () => {
    confirm.hidden = true;
    reset.hidden = false;
    reset.focus();
  };
  reset.addEventListener('click', () => {
    confirm.hidden = false;
    reset.hidden = true;
    $('reset-no').focus();
  });
  $('reset-no').addEventListener('click', closeConfirm);
  confirm.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') closeConfirm();
  });
  $('reset-yes').addEventListener('click', () => {
    void save(resetSettings(), t('optResetDone')).then(closeConfirm);
  });

  /** Shows the settings; inputs the reader is typing in are left alone. */
  const render = (s: Settings) => {
    watched.value = String(s.watchedEpisode);
    globalSwitch.checked = s.enabled;
    renderList(sites, $('sites-empty'), s.disabledSites, (site) => ({
      text: site,
      remove: () => void save(setSiteEnabled(site, true), t('optSiteRemoved', site)),
    }), t);
    $<HTMLInputElement>(`look-${s.look}`).checked = true;
    strength.value = String(s.blurStrength);
    strengthValue.textContent = String(s.blurStrength);
    strength.disabled = s.look === 'bar';
    preview.show(s.look, s.blurStrength);
    $<HTMLInputElement>(`reveal-${s.revealMode}`).checked = true;
    renderList(keywords, $('keywords-empty'), s.ownPlotPoints, (p) => ({
      text: p.text,
      detail: t('episodeN', p.episode),
      remove: () => void save(removeOwnPlotPoint(p.text)),
    }), t);
    if (doc.activeElement !== keywordEpisode) keywordEpisode.value = String(nextUnwatched(s.watchedEpisode));
  };

  let settings: Settings;
  try {
    settings = await readSettings();
  } catch (error) {
    say(t('errorRead', why(error)), true);
    settings = { ...DEFAULT_SETTINGS };
  }
  render(settings);
  watchSettings(render);
  doc.body.dataset.ready = 'true';
}

/** A site key from what the reader typed: a hostname, or a URL to take it from. Undefined if neither. */
export function siteFromInput(input: string): string | undefined {
  const raw = input.trim();
  if (!raw || /\s/.test(raw)) return undefined;
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `http://${raw}`).hostname;
  } catch {
    return undefined;
  }
  const site = siteKey(host);
  return /^(?=.{1,253}$)[a-z0-9-]+(\.[a-z0-9-]+)*$|^\[[0-9a-f:.]+\]$/.test(site) ? site : undefined;
}

/** An import problem in the reader's language. */
export function importProblemText(p: ImportProblem, t: Translate): string {
  if (p.problem === 'importNotJson') return t('importNotJson', p.detail ?? '');
  if (p.problem === 'importTooLarge') return t('importTooLarge', '1 MB');
  return p.field ? t('importField', p.field, t(p.problem)) : t(p.problem);
}

function showError(input: HTMLInputElement, out: HTMLElement, text: string): void {
  out.textContent = text;
  if (text) {
    input.setAttribute('aria-invalid', 'true');
    input.focus();
  } else input.removeAttribute('aria-invalid');
}

/** Fills a list of removable items; the empty note shows when there is none. */
function renderList<T>(
  list: HTMLUListElement,
  empty: HTMLElement,
  items: readonly T[],
  view: (item: T) => { text: string; detail?: string; remove: () => void },
  t: Translate,
): void {
  const doc = list.ownerDocument;
  const focusedIndex = [...list.querySelectorAll('button')].indexOf(doc.activeElement as HTMLButtonElement);
  list.replaceChildren(
    ...items.map((item) => {
      const v = view(item);
      const li = doc.createElement('li');
      const text = doc.createElement('span');
      text.className = 'text';
      text.textContent = v.text;
      if (v.detail) {
        const detail = doc.createElement('span');
        detail.className = 'episode';
        detail.textContent = v.detail;
        text.append(detail);
      }
      const remove = doc.createElement('button');
      remove.type = 'button';
      remove.textContent = t('remove');
      remove.setAttribute('aria-label', t('removeNamed', v.text));
      remove.addEventListener('click', v.remove);
      li.append(text, remove);
      return li;
    }),
  );
  empty.hidden = items.length > 0;
  // After a removal, keyboard focus goes to the next item's button (or the list's form).
  if (focusedIndex >= 0) {
    const buttons = list.querySelectorAll('button');
    const next = buttons[Math.min(focusedIndex, buttons.length - 1)];
    if (next) next.focus();
    else (list.parentElement?.querySelector('input[type="text"]') as HTMLElement | null)?.focus();
  }
}

/** The preview paragraph, hidden with the same look the shield gives pages. */
class LookPreview {
  private readonly sheet: CSSStyleSheet;

  constructor(doc: Document, el: HTMLElement) {
    this.sheet = new CSSStyleSheet();
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, this.sheet];
    const win = doc.defaultView as Window & typeof globalThis;
    if ('highlights' in CSS && el.firstChild) {
      const range = doc.createRange();
      range.selectNodeContents(el);
      CSS.highlights.set(HIGHLIGHT_NAME, new win.Highlight(range));
    }
    el.setAttribute('aria-hidden', 'true');
  }

  show(look: Look, strength: number): void {
    this.sheet.replaceSync(lookCss(look, strength));
  }
}
