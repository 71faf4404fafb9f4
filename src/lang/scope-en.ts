/** English words for what a page or a section covers (see scope-language.ts). */
import type { ScopeWords } from './scope-language';

export const scopeEn: ScopeWords = {
  episodeWords: ['episode', 'episodes', 'ep', 'eps', 'chapter', 'chapters', 'part'],
  numberWords: {
    one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  },
  cardinals: ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
  lastEpisode: [
    'finale',
    'final episode',
    'last episode',
    'ending,? explained',
    'the ending',
    'the epilogue',
    // Not the last scene of an episode it names ("the last scene of episode 2").
    '(?:the|that) (?:final|last) (?:scene|shot)(?! (?:of|in|from) (?:the )?(?:\\w+ )?(?:episode|ep|chapter|part)\\b)',
    'how (?:does )?(?:it|the (?:show|series|season)) ends?',
    '(?:full|whole|entire) season',
    'season (?:1|one) recap',
  ],
  beforeLast: ['before', 'ahead of', 'leading up to', 'waiting for'],
  spoilsAll: [
    'spoilers for (?:the )?(?:whole|full|entire) (?:season|series|show)',
    // A fan archive's tags: what happens after the show's end.
    'post-? ?(?:canon|finale|series)',
    'spoilers? (?:all the way )?to the end',
    // "Full spoilers!" with no episode after it: the whole show ("full spoilers for episode 1" names its own).
    'full spoilers(?! (?:for|from|of|through|up to|until|in|on)\\b)',
  ],
  spoilsUpTo: ['EP spoilers', 'spoilers (?:for|through|up to) EP', 'post-? ?EP'],
  happenedTo: ['what (?:ever )?happened to', 'what became of', 'what (?:they|he|she) did to'],
  bloodiest: ['bloodiest', 'deadliest', 'most violent'],
  nextSeasonCast: ['who (?:could|would|will|might|is going to) (?:return|come back|be back)'],
  knowingNod: ['(?:for )?reasons (?:that are |that will be )?obvious to (?:anyone|those|whoever|everyone)', 'as anyone who (?:has|have) (?:seen|watched) (?:the )?(?:ending|finale|end)'],
  opinion: [
    'thoughts', 'final thoughts', 'verdict', 'our verdict', 'the verdict', 'our take', 'opinion', 'review', 'the review',
    'should you watch', 'is it worth (?:it|watching)', 'rating', 'cast', 'the cast', 'about the author',
    'in short', 'bottom line', 'what we thought', 'what worked', 'the good', 'the bad',
  ],
  aside: ['spoilers?', 'recaps?', 'reviews?', 'warning', 'heads up', 'turn back', 'next time', 'next week', 'read more', 'up next'],
  lookBack: ['back in'],
  pageKinds: ['discussion', 'thread', 'theor(?:y|ies)', 'reactions?', 'guide', 'explained', 'faq', 'episode by episode', 'everything (?:that happens|we know|you need to know)'],
  contentWarning: ['content (?:note|warning|advisory)', 'trigger warning', 'tw', 'cw'],
  reviewWords: ['reviews?', 'verdict'],
  spoilerFree: ['(?:no|zero|without) spoilers?(?!,? (?:past|after|beyond|for|from|of|about|through|thru|up to|until|but|just|ahead|yet|except)\\b)', 'spoiler-? ?free', 'non-? ?spoiler'],
  beforeWatching: ['before (?:watching|seeing)', 'predictions?', 'what (?:will|could) happen'],
  sceneWords: ['(?:the|that|this|his|her) (?:\\w+ ){0,3}(?:scene|sequence|shot|moment|fight|death|twist|reveal)', 'when (?:he|she|they|the \\w+) (?:\\w+s|\\w+ed)'],
  allDeaths: ['every (?:single )?death', 'all (?:the )?deaths', 'body count', 'every character who dies'],
  // Rule: whole-show talk (session 9) — a post that opens talk about the whole show.
  wholeShowTalk: [
    '(?:which|what) (?:\\w+ )?(?:moments?|scenes?|deaths?|twists?|lines?)',
    '(?:your|ur) (?:fav(?:ou?rite)?|least fav(?:ou?rite)?|best|worst|saddest|hardest) (?:\\w+ )?(?:moments?|scenes?|deaths?|twists?|lines?|parts?)',
    // Not an episode it names ("just finished ep 2").
    '(?:just|finally) (?:finished|binged)(?! (?:the )?(?:ep|eps|episodes?|chapters?|part)\\b)',
    '(?:just|finally) watched (?:it|the (?:show|series|season|whole thing)|all of it)',
    '(?:finished|binged) the (?:whole|entire) (?:show|series|season|thing)',
    'spoilers? (?:in|below|down) (?:the|in the) comments',
    '(?:don ?t|dont|do not) (?:open|read) the comments',
  ],
  // Rule: talk up to an episode (session 13) — "just finished ep 5 … spoilers ok up to ep 5!".
  episodeTalk: [
    '(?:just|finally) (?:finished|watched|binged)',
    'spoilers? (?:ok|okay|fine|allowed|welcome) (?:up to|through|until|thru)',
  ],
  // Rule: feed replies (session 9) — a reply answers the post of the handle it names.
  replyingTo: ['replying to', 'in reply to'],
  // Rule: follow-on replies (session 10) — a reply that takes up its parent's words tells what the parent tells.
  followOn: ['exactly', 'this is why', 'that s why', 'thats why', 'which is why', 'i thought the same', 'that (?:guy|man|dude|woman|lady)'],
  answerLabels: ['answer', 'answers', 'solution', 'correct answer', 'a'],
  // Rule: hints that someone dies before an episode (session 11) — "doesn't make it to episode 5" tells of episode 4.
  notReach: ['(?:doesn t|does not|won t|will not|never|didn t|did not) (?:make it|get|live) to', '(?:doesn t|does not|won t|will not|never|didn t|did not) (?:reach|see)'],
  // Rule: hints that name an episode (session 10) — "wait till 3" points at episode 3.
  waitFor: ['(?:just )?(?:wait|hold on|hang on)(?: (?:till|until|til))(?: you (?:get|reach) to)?', '(?:till|until|til|when) you (?:get|reach) to'],
  // Rule: this work against another (session 10) — "en la peli…; aquí…": the clause after tells of the work talked about.
  thisWork: ['here', 'in this one', 'in this version'],
  // Rule: not yet watched, and the opening scene (session 9) — which episode a comment looks at.
  notYet: ['(?:can ?t|cannot|can not|not ready to|about to|scared to|afraid to) (?:watch|start|see)(?: the)? (?:ep(?:isode)?|chapter)', '(?:before|ahead of) (?:watching |starting )?(?:ep(?:isode)?|chapter)'],
  openingScene: ['(?:the )?(?:very )?(?:first|opening) (?:scene|shot|minutes?)', 'the cold open'],
  previously: ['previously', 'last (?:time|week|episode)', 'where we left off', 'when we last', 'where we (?:are|were) coming in', 'the story so far'],
};
