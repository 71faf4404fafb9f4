// Translators over the shipped messages, for tests of modules that take a `Translate`.
import en from '../../public/_locales/en/messages.json';
import es from '../../public/_locales/es/messages.json';
import { translatorFor } from '../../src/i18n';

export const tEn = translatorFor(en);
export const tEs = translatorFor(es);
export { en as enMessages, es as esMessages };
