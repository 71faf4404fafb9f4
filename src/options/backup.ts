/** Export all settings to a JSON file, and import one (all or nothing; a bad file is named by its field). */
import type { Translate } from '../i18n';
import { exportSettingsText, importSettingsText, type ImportProblem } from '../settings';
import { why } from '../ui/why';
import type { OptionsPage } from './page';

export const EXPORT_FILE_NAME = 'spoiler-shield-settings.json';

export function initBackup({ doc, $, t, status }: OptionsPage): void {
  const backupStatus = $('backup-status');
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
      (error) => status.failed('errorRead', error),
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
}

/** An import problem in the reader's language. */
export function importProblemText(p: ImportProblem, t: Translate): string {
  if (p.problem === 'importNotJson') return t('importNotJson', p.detail ?? '');
  if (p.problem === 'importTooLarge') return t('importTooLarge', '1 MB');
  return p.field ? t('importField', p.field, t(p.problem)) : t(p.problem);
}
