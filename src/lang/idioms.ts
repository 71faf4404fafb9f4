/**
 * Set phrases whose words are never event words: "derechos violados" is not a rape, nor is "human rights
 * violations". Kept apart from the language rules (en.ts, es.ts), which every content script carries:
 * expandPack puts these in the catalog, so they reach a page inside the compiled catalog's mentions.
 */
import type { Lang } from '../catalog/types';

export const IDIOMS: Record<Lang, readonly string[]> = {
  en: [
    // Kept in for now, not staying by choice: "the lawyer realises he's not leaving today" is the premise's riot.
    'not leaving today', 'not leaving tonight', 'not leave today', 'not going home today', 'not going home tonight',
    'stays trapped', 'rights violated', 'violated rights', 'violated their rights', 'violated his rights', 'violation of rights', 'violation of their rights', 'rights violation',
    // Waiting for word of someone, not seeing them on the news: "his wife, left on the outside waiting for news of her husband".
    'waiting for news', 'waits for news', 'wait for news',
  ],
  es: [
    'derechos violados', 'derechos humanos violados', 'violan sus derechos', 'violan los derechos', 'violación de derechos', 'violación de los derechos',
    'violación a los derechos', 'violaciones a los derechos',
    // Trapped, not staying by choice: "Juan se queda atrapado adentro" is the premise, not the finale.
    'se queda atrapado', 'se quedó atrapado', 'queda atrapado', 'quedan atrapados', 'no sale hoy', 'no va a salir hoy', 'hoy no sale',
    'esperando noticias', 'espera noticias', 'esperan noticias',
  ],
};
