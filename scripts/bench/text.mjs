// Words for the bench's generated pages: a seeded random source, made-up words (user names, towns,
// brands) that stay clear of the show's names, and neutral sentences written for the bench — the
// small talk around a review or a comment, and ordinary news for the page that never names the show.
// Everything here is deterministic for a given seed, so two runs measure the same pages.

/** A seeded pseudo-random source (mulberry32) with the few draws the generator needs. */
export function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (p) => next() < p,
  };
}

/** Edit distance of at most one between two lower-case words. */
function withinOneEdit(a, b) {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const ONSETS = ['b', 'br', 'c', 'd', 'dr', 'f', 'g', 'gl', 'h', 'k', 'l', 'm', 'n', 'p', 'pr', 'r', 's', 'st', 't', 'tr', 'v', 'w', 'z'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou'];
const CODAS = ['', '', 'n', 'r', 'l', 's', 'th', 'ck', 'm', 'x'];

/**
 * Makes up words. None is within one edit of a word in `avoid` (the catalog's names), so a made-up
 * user name can never be read as a character and change what the page is about.
 */
export function createWordMaker(random, avoid) {
  const banned = [...avoid].map((w) => w.toLowerCase());
  const clear = (word) => !banned.some((b) => withinOneEdit(word, b));
  return () => {
    for (;;) {
      const syllables = random.int(2, 3);
      let word = '';
      for (let s = 0; s < syllables; s++) word += random.pick(ONSETS) + random.pick(VOWELS) + random.pick(CODAS);
      if (word.length >= 5 && clear(word)) return word;
    }
  };
}

export const capitalise = (word) => word[0].toUpperCase() + word.slice(1);

/** Fills `{slot}` placeholders from `slots` (each a function that draws a value). */
export function fill(template, slots) {
  return template.replace(/\{(\w+)\}/g, (_, name) => {
    const draw = slots[name];
    if (!draw) throw new Error(`bench text: no slot "${name}" for "${template}"`);
    return draw();
  });
}

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MOODS = ['tense', 'grim', 'gripping', 'uneven', 'relentless', 'moody', 'patient', 'tight', 'bleak', 'stylish'];
const THINGS = ['the score', 'the sound design', 'the camera work', 'the editing', 'the lighting', 'the costumes', 'the subtitles', 'the dubbing', 'the pacing', 'the cast'];
const SNACKS = ['popcorn', 'tea', 'leftover pizza', 'a bowl of noodles', 'coffee', 'tacos'];

/** Slots shared by the fillers; `word` draws a made-up word. */
export function fillerSlots(random, word) {
  return {
    n: () => String(random.int(2, 19)),
    big: () => String(random.int(120, 9800)),
    day: () => random.pick(DAYS),
    mood: () => random.pick(MOODS),
    thing: () => random.pick(THINGS),
    snack: () => random.pick(SNACKS),
    user: () => word() + String(random.int(1, 99)),
    town: () => capitalise(word()),
    brand: () => capitalise(word()),
  };
}

/** Opening sentences a reviewer or commenter puts before the point; they name no one and reveal nothing. */
export const LEAD_INS = [
  'Finally got around to it on {day}.',
  'Long post, sorry in advance.',
  'Watched this with {snack} and no phone, which I recommend.',
  'I came in with low expectations after a friend in {town} talked it up.',
  'Honest take after a {day} night binge.',
  'Update {n}: a few more thoughts.',
  'Posting from {town}, where it is the only thing anyone talks about at work.',
  'My partner fell asleep twice, I did not.',
  'I keep coming back to this thread.',
  'Quick note before the weekend.',
  'Second watch, this time with the original audio.',
  'Not a crime-show person usually, but here we are.',
  'For context, I review a lot of thrillers for {brand} Weekly.',
  'Saw it on a {mood} {day} and it matched the mood.',
  'I was told to keep an open mind, so I did.',
];

/** Closing sentences: opinions on the craft, ratings, forum small talk. */
export const TAILS = [
  'The craft is {mood} throughout, and {thing} deserves a mention.',
  'Rating: {n} out of 20.',
  'I would watch another season tomorrow.',
  'Curious what everyone else thought of {thing}.',
  '{big} people in my group chat agree, apparently.',
  'Edit: fixed a typo, thanks @{user}.',
  'It is {mood}, and it never lets you breathe.',
  'Your mileage may vary.',
  'The {n} minutes of the opening are worth it on their own.',
  'Anyway, back to work.',
  'Recommended, with the lights off.',
  'Streaming quality on my old TV was fine, for what it is worth.',
  'That is all, thanks for reading.',
  'The {brand} podcast has a good episode about {thing}.',
];

/** Whole neutral paragraphs for reviews and recaps: craft, context and viewing habits, no plot. */
export const REVIEW_FILLERS = [
  'The show looks expensive without being glossy: {thing} keeps the palette dusty and the frame crowded, so every corridor feels smaller than it is.',
  'If you watched the trailer you already know the setup, and the series is smart enough not to waste time re-explaining it. What it does with the premise is the interesting part.',
  'A word on {thing}, because few reviews mention it: it is {mood}, restrained, and it knows when to drop out entirely.',
  'I watched the first half on a {day} and the rest two days later, and the break did not hurt. Each hour has its own shape.',
  'Subtitles or dubbing? I tried both. The original audio wins, but the dub is better than most, and the subtitles keep up with the slang.',
  'The series was shot in {n} weeks, according to an interview with the production designer, and you can tell the budget went to the sets rather than to effects.',
  'Some viewers in {town} have complained that the pace is slow. I disagree: it is deliberate, and the tension builds because it refuses to hurry.',
  'There is a lot of shouting, a lot of sweat and very little daylight. It is not a comfortable watch, and it is not trying to be.',
  'Compared with other prison dramas from the last few years, this one is {mood} and more claustrophobic, closer to a stage play than to an action series.',
  'The supporting cast is full of faces you will recognise from other series, and nobody plays it for laughs.',
  'At six episodes it never outstays its welcome, which is rare for a streaming thriller these days.',
  'The opening titles alone are worth a look: hand-drawn, {mood}, and over in under a minute.',
  'My one complaint is {thing}, which is sometimes too loud for the dialogue; keep the remote nearby.',
  'I read the novel years ago and went in curious about how much of it would survive. The answer is: the mood, mostly.',
  'The director has said in interviews that the cast rehearsed for {n} days in a real, empty facility before shooting.',
];

/** Whole neutral comments: reactions without a plot point, questions about the release, small talk. */
export const COMMENT_FILLERS = [
  'anyone else watching this with subtitles on? the slang is wild',
  'just finished ep 1, no spoilers please!!',
  'the music in this show is so good, is there a soundtrack out?',
  'my dad recommended this to me, first time that has ever worked',
  'is it worth it if I do not usually like dark stuff?',
  'watched {n} episodes in one night, zero regrets, some regrets',
  'the acting is on another level, everyone is so committed',
  'does anyone know if there will be a season 2?',
  'came here from the {brand} review, glad I did',
  'ok the cinematography in the riot scenes is insane',
  'I love how nobody in this show is a clean hero',
  'took me a while to get into it but now I am hooked',
  'greetings from {town}, we are all watching this at the same time lol',
  '@{user} you were right, this is great',
  'this thread is dangerous, I am only on episode 1',
  'rating it {n}/20 so far, will update when I finish',
];

/** Ordinary news for the page that never names the show: council meetings, weather, markets, sport. */
export const NEWS_SENTENCES = [
  'The city council of {town} voted {n} to {n} on Tuesday to extend the opening hours of the public library.',
  'Heavy rain is expected across the valley from {day} evening, and residents near the river have been asked to move cars to higher ground.',
  'Shares in {brand} rose sharply after the company reported a quarterly profit of {big} million, well above forecasts.',
  'The regional marathon drew {big} runners this year, and the winning time was the fastest since the course was changed.',
  'A new bus line will connect {town} with the airport from next month, with a departure every {n} minutes at peak hours.',
  'Scientists at the university of {town} have published a study on how urban trees lower summer temperatures by several degrees.',
  'The bakery on the corner of Market Street celebrated its {n}th anniversary with free bread for the first hundred customers.',
  'Volunteers planted {big} saplings along the northern ring road over the weekend, the largest such effort in a decade.',
  'The museum of {town} reopens on {day} after a renovation that added two galleries and a rooftop cafe.',
  'Local farmers say the late frost damaged about a third of the apple blossom, which could push prices up in autumn.',
  'The football club of {town} signed a {n}-year-old midfielder from {brand} United on a three-year contract.',
  'A power cut left {big} homes without electricity for about {n} hours after a storm brought down lines near the reservoir.',
  'The school board approved a plan to replace the heating in {n} primary schools before next winter.',
  'Tickets for the summer jazz festival in {town} sold out within {n} hours of going on sale.',
  'The harbour authority reported a record number of container ships in the first quarter, led by trade with the south.',
  'Road works on the main bridge will close one lane in each direction until the end of the month, the transport office said.',
  'The public pool will stay open until nine on weekdays during the heat wave, the mayor announced on {day}.',
  'A farmers market with {n} stalls now runs every {day} morning in the old tram depot.',
  'Police asked drivers to avoid the city centre on {day} because of a cycling race that starts at the cathedral.',
  'The hospital of {town} opened a new wing for children, funded in part by a donation from the {brand} family.',
];

/** Reader comments under the news, for the page that never names the show. */
export const NEWS_COMMENTS = [
  'finally, the old schedule was a joke',
  'does anyone know if the north entrance will stay open?',
  'my kids go to one of those schools, long overdue',
  'greetings from {town}, same problem here every spring',
  'the photo in this article is from last year, just saying',
  '@{user} the meeting is on {day}, not Thursday',
  '{n} years I have lived here and never seen it this busy',
  'good news for once',
  'who is paying for all of this though',
  'I was there on {day}, it was packed',
];
