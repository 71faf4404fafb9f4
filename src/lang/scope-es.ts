/** Spanish words for what a page or a section covers (see scope-language.ts). */
import type { ScopeWords } from './scope-language';

export const scopeEs: ScopeWords = {
  episodeWords: ['episodio', 'episodios', 'capitulo', 'capitulos', 'cap', 'caps', 'parte'],
  numberWords: {
    uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
    primer: 1, primero: 1, primera: 1, segundo: 2, segunda: 2, tercer: 3, tercero: 3, tercera: 3, cuarto: 4, cuarta: 4,
    quinto: 5, quinta: 5, sexto: 6, sexta: 6, septimo: 7, octavo: 8, noveno: 9, decimo: 10,
  },
  cardinals: ['uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez'],
  lastEpisode: [
    'final explicado',
    '(?:explicacion|analisis) del final',
    'el final',
    'el epilogo',
    '(?:la (?:escena|toma) final|la ultima (?:escena|toma))(?! del? (?:\\w+ )?(?:episodio|capitulo|cap)\\b)',
    'final de (?:la )?(?:serie|temporada)',
    '(?:ultimo|ultima) (?:episodio|capitulo|entrega)',
    'episodio final',
    'capitulo final',
    'como termina',
    'asi termina',
    'temporada completa',
    'toda la temporada',
    'resumen de (?:la )?(?:serie|temporada)',
  ],
  beforeLast: ['antes del?', 'previo al?', 'esperando'],
  spoilsAll: [
    'spoilers? de (?:toda )?la (?:serie|temporada)(?: completa)?',
    'spoilers? hasta el final',
    'spoilers completos(?! (?:de|del|hasta)\\b)',
    'con todos los spoilers(?! (?:de|del|hasta)\\b)',
  ],
  // A comment's "Spoiler del 6:" says the episode without its word.
  spoilsUpTo: ['spoilers? (?:del|hasta el) EP', 'spoilers? (?:del|hasta el) (\\d)(?!\\d)', 'post-? ?EP'],
  happenedTo: ['que (?:le |les )?paso (?:a|con)', 'que fue de', 'lo que le (?:hicieron|hizo|paso) a'],
  bloodiest: ['m[aá]s (?:sangrient|violent|mort[ií]fer)[oa]', 'm[aá]s letal'],
  nextSeasonCast: ['quien(?:es)? (?:volveria|volverian|volvera|volveran|regresaria|regresarian|regresara|regresaran|podria volver|podrian volver|podria regresar|podrian regresar|repetiria|repetirian)'],
  knowingNod: ['por razones obvias para (?:quien|quienes|los que|el que|todo el que)', 'como sabe (?:quien|cualquiera que) (?:haya|ha) visto'],
  opinion: [
    'opinion', 'nuestra opinion', 'veredicto', 'conclusion', 'conclusiones', 'valoracion', 'critica', 'reparto',
    'vale la pena', 'merece la pena', 'que nos parecio', 'lo que nos dejo', 'en resumen', 'lo mejor', 'lo peor',
  ],
  aside: ['spoilers?', 'resumen(?:es)?', 'resena', 'critica', 'aviso', 'advert\\w*', 'ojo', 'cuidado', 'alerta', 'la proxima semana', 'manana publicamos', 'lee (?:tambien|mas)'],
  lookBack: ['en el', 'del', 'desde el', 'x el', 'por el', 'hasta el'],
  pageKinds: ['discusion', 'hilo', 'teorias?', 'comentarios?', 'reacci(?:on|ones)', 'guia', 'explicad[oa]', 'analisis', 'capitulo (?:a|por) capitulo', 'todo lo que (?:sabemos|pasa)'],
  contentWarning: ['(?:aviso|advertencia|alerta|nota) de contenido', 'contenido sensible'],
  reviewWords: ['critica', 'resena', 'opinion'],
  spoilerFree: ['(?:sin|cero|libre de|ningun) spoilers?(?!,? (?:del?|despues|mas alla|pasado|pero|nomas|solo|hasta|sobre)\\b)', 'sin destripes?'],
  beforeWatching: ['antes de verl[oa]s?', 'antes de ver', 'predicciones', 'que (?:va|puede) a pasar'],
  sceneWords: ['(?:la|esa|esta) (?:\\w+ ){0,2}escena', 'el momento (?:en )?(?:que|de|del)', 'lo que le (?:hace|hacen|hizo|hicieron|pasa)', 'cuando (?:el|la|le|lo|se) \\w+'],
  allDeaths: ['todas las muertes', 'cada muerte', 'conteo de (?:muertos|cadaveres)', 'todos los que mueren'],
  // Rule: whole-show talk (session 9) — a post that opens talk about the whole show.
  wholeShowTalk: [
    '(?:que|cual(?:es)?) (?:fue |es |son )?(?:su |tu |sus |tus |el |la )?(?:\\w+ )?(?:momentos?|escenas?|muertes?)',
    '(?:momentos?|escenas?|muertes?) (?:favorit[oa]s?|preferid[oa]s?)',
    // Not an episode it names ("ya terminé el capítulo 2").
    '(?:ya|por fin|acabo de|recien) (?:me la )?termin(?:e|amos)(?! (?:de ver )?(?:el |la )?(?:cap|caps|capitulos?|episodios?|parte)\\b)',
    'termine (?:de ver )?(?:la serie|la temporada)',
    'me la (?:avente|vi|chute|maratonee) (?:toda|completa|entera|en un dia|de un jalon)',
    'no (?:abran|lean|entren a|vean) (?:los )?comentarios',
    'spoilers? en (?:los )?comentarios',
    'los que ya la (?:vieron|terminaron|acabaron)',
  ],
  // Rule: talk up to an episode (session 13) — "acabo de ver el capítulo 5, spoilers hasta el 5".
  episodeTalk: ['(?:ya|por fin|acabo de|recien) (?:vi|ver|termine|terminar)', 'spoilers? (?:permitidos |ok |libres )?hasta'],
  // Rule: feed replies (session 9) — a reply answers the post of the handle it names.
  replyingTo: ['en respuesta a', 'respondiendo a'],
  // Rule: follow-on replies (session 10) — a reply that takes up its parent's words tells what the parent tells.
  followOn: ['exacto', 'exactamente', 'eso mismo', 'lo mismo (?:pense|digo|dije)', 'por eso', 'tal cual', 'justo eso', '(?:ese|aquel) (?:hombre|tipo|wey|vato|senor|cuate|compa)', '(?:esa|aquella) (?:mujer|senora|morra|vieja|chava)'],
  answerLabels: ['respuesta', 'respuestas', 'solucion', 'respuesta correcta', 'resp', 'r'],
  // Rule: hints that someone dies before an episode (session 11) — "no llega ni al capítulo 5" tells of episode 4.
  notReach: ['no (?:llega|llegan|llego|llegara|llegaran|vive para ver)(?: ni)? (?:al|el|a ver el)'],
  // Rule: hints that name an episode (session 10) — "espérate al 3" points at episode 3.
  waitFor: ['(?:esperate|espera|aguantate|aguanta|aguantale)(?: a que (?:llegues|veas)| hasta)? (?:al|el)', '(?:cuando|hasta que) (?:llegues|veas|llegas) al'],
  // Rule: this work against another (session 10) — "en la peli…; aquí…": the clause after tells of the work talked about.
  thisWork: ['aqui', 'aca', 'en esta version', 'en cambio aqui', 'en cambio aca'],
  // Rule: not yet watched, and the opening scene (session 9) — which episode a comment looks at.
  notYet: ['(?:no puedo|no me animo a|me da miedo|todavia no|aun no) (?:ver|empezar|veo|empiezo) el(?: (?:cap|capitulo|episodio))?', 'antes de (?:ver|empezar) el(?: (?:cap|capitulo|episodio))?'],
  openingScene: ['la (?:primer(?:a|isima) escena|escena inicial|escena de apertura)', 'los primeros minutos'],
  previously: ['anteriormente', '(?:en|del) (?:episodio|capitulo) anterior', 'la semana pasada', 'donde lo dejamos'],
};
