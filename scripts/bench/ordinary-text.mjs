// Words for the ordinary-pages tier (issue 14): pages that have nothing to do with the show — an
// encyclopedia article about a made-up valley, a local news front page, a bicycle-repair forum
// thread, a tiny personal page. Written for the bench. Like real text, it sometimes holds a word the
// shield's gate looks for (a first name such as Juan or Helena, "governor", "agent", "cell"), never
// the show's title: the article names a governor and a Juan once each, the forum has a Juan and a
// Helena among its posters, the news a governor and an estate agent. Place and family names are made
// up (createWordMaker), clear of the catalog's.
import { capitalise } from './text.mjs';

/** Everyday first names (the catalog's everyday names appear only where a page says so). */
const FIRST_NAMES = ['Maria', 'Thomas', 'Anna', 'Pieter', 'Sofia', 'Klaus', 'Marta', 'Ivan', 'Greta', 'Luca', 'Nora', 'Emil', 'Ada', 'Oskar', 'Lena', 'Tomas', 'Ines', 'Karl'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const CROPS = ['barley', 'rye', 'apples', 'hops', 'sugar beet', 'potatoes', 'plums', 'flax', 'sunflowers', 'walnuts'];
const INDUSTRIES = ['glassmaking', 'paper milling', 'textiles', 'leather tanning', 'brick kilns', 'clockmaking', 'salt extraction', 'timber', 'printing', 'precision optics'];
const DISHES = ['smoked trout with horseradish', 'barley soup', 'plum dumplings', 'rye flatbread', 'walnut cake', 'pickled cabbage with sausage', 'baked apples with honey'];
const ROCKS = ['limestone', 'sandstone', 'granite', 'slate', 'marl', 'basalt'];
const PARTS = ['seat post', 'chain', 'rear derailleur', 'bottom bracket', 'headset', 'brake caliper', 'freehub', 'crank arm', 'spoke nipple', 'cable housing'];
const TOOLS = ['torque wrench', 'chain checker', 'cone spanner', 'hex key set', 'truing stand', 'cable cutter', 'pedal wrench'];
const BRANDS = ['Shimano', 'SRAM', 'Campagnolo', 'Tektro', 'Park Tool', 'Hope'];

/** Slots for the ordinary pages; `word` draws a made-up word. */
export function ordinarySlots(random, word) {
  const year = (from, to) => String(random.int(from, to));
  return {
    n: () => String(random.int(2, 19)),
    big: () => String(random.int(120, 9800)),
    pct: () => String(random.int(3, 61)),
    km: () => String(random.int(4, 180)),
    year: () => year(1820, 2019),
    oldYear: () => year(1150, 1790),
    century: () => random.pick(['twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth']),
    month: () => random.pick(MONTHS),
    day: () => random.pick(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']),
    town: () => capitalise(word()),
    brand: () => capitalise(word()),
    river: () => `the ${capitalise(word())}`,
    person: () => `${random.pick(FIRST_NAMES)} ${capitalise(word())}`,
    surname: () => capitalise(word()),
    crop: () => random.pick(CROPS),
    industry: () => random.pick(INDUSTRIES),
    dish: () => random.pick(DISHES),
    rock: () => random.pick(ROCKS),
    part: () => random.pick(PARTS),
    tool: () => random.pick(TOOLS),
    maker: () => random.pick(BRANDS),
    user: () => word() + String(random.int(1, 99)),
    journal: () => `${capitalise(word())} ${random.pick(['Historical Review', 'Journal of Geography', 'Regional Studies', 'Quarterly', 'Archive'])}`,
  };
}

/** Sentences of the encyclopedia article, by section theme. */
export const WIKI_SENTENCES = {
  geography: [
    'The valley runs for about {km} kilometres from the source of {river} to its confluence near {town}.',
    'Its floor lies between {big} and {big} metres above sea level, and the surrounding ridges are made mostly of {rock}.',
    'Several tributaries join the main river from the north, the longest of which drains a basin of some {big} square kilometres.',
    'Steep slopes on the southern side are covered in beech and fir, while the northern side was cleared for pasture in the {century} century.',
    'A chain of small lakes formed behind glacial moraines near {town}; the largest is {n} metres deep.',
    'The soils of the lower valley are fertile loess, which explains the early and dense settlement of the area.',
    'Karst springs emerge along the {rock} escarpment, and at least {n} caves have been surveyed by local clubs.',
    'The watershed between the valley and its neighbours follows a ridge that rarely drops below {big} metres.',
  ],
  climate: [
    'The climate is temperate, with warm summers and cold, often foggy winters in the lower valley.',
    'Average annual precipitation at {town} is about {big} millimetres, with a maximum in {month}.',
    'Temperature inversions are common between November and February, when cold air pools on the valley floor.',
    'The warm, dry wind that descends from the ridges in spring can raise temperatures by {n} degrees within hours.',
    'Snow cover on the upper slopes usually lasts from {month} to {month}, though it has become shorter since the {year}s.',
    'A weather station has recorded daily observations at {town} since {year}, one of the longest series in the region.',
  ],
  history: [
    'Finds of flint tools near {town} show that the valley was inhabited by hunters long before the first farmers arrived.',
    'In the {century} century the valley belonged to the lords of {town}, who built a castle above the river crossing.',
    'A charter of {oldYear} granted the market of {town} the right to hold a weekly fair and to collect tolls on the bridge.',
    'The plague of {oldYear} killed perhaps a third of the population, and several hamlets were abandoned for good.',
    'During the wars of the {century} century the valley changed hands {n} times, and many of its villages were burned.',
    'The provincial administration ordered a survey of every parish in {oldYear}, and its maps remain an important source today.',
    'A monastery founded by {person} in {oldYear} became the centre of learning and of wine growing in the lower valley.',
    'The railway reached {town} in {year}, and within a generation the old river trade had all but disappeared.',
    'Emigration peaked in the {year}s, when thousands of families left for the growing cities and for overseas.',
    'The flood of {year} destroyed {n} bridges and led to the building of the embankments that still line the river.',
    'Local historian {person} argued that the valley\'s name comes from an older word for a ford, a view that is now widely accepted.',
    'After {year} the district was merged with its neighbour, and the old courthouse in {town} became a school.',
  ],
  economy: [
    'Agriculture remains important: the valley produces {crop} and {crop}, much of it sold through cooperatives.',
    'The first {industry} workshops opened in {town} in {year}, using water power from the river.',
    'By {year} the {industry} industry employed about {big} people, many of them women working from home.',
    'Unemployment in the district was {pct} per cent in {year}, somewhat below the national average.',
    'A business park on the former railway yard in {town} houses {n} firms, most of them small suppliers.',
    'Tourism grew after the opening of a long-distance cycle path along the river in {year}.',
    'The local savings bank, founded in {year}, still finances most of the valley\'s farms and workshops.',
    'Around {pct} per cent of the workforce commutes to jobs outside the valley, mainly in {town}.',
  ],
  culture: [
    'The parish church of {town} has a carved altar from the {century} century and a set of bells cast in {year}.',
    'A local speciality is {dish}, traditionally served at the autumn fair.',
    'The valley museum in {town} holds a collection of tools, costumes and photographs donated by local families.',
    'The brass band of {town}, founded in {year}, plays at every village festival from {month} to {month}.',
    'Half-timbered houses with steep roofs and carved gables are typical of the older villages.',
    'The writer {person} spent her childhood in {town} and described its markets in several novels.',
    'A music festival has been held in the castle courtyard every summer since {year}.',
    'The dialect of the upper valley keeps several words that have vanished elsewhere, recorded by {person} in {year}.',
  ],
  society: [
    'The population of the valley was {big} at the census of {year}, spread over {n} municipalities.',
    'Most residents live in the lower valley; the upper villages have lost more than half their inhabitants since {year}.',
    '{town} has a secondary school, a vocational college for {industry} and a small hospital.',
    'Two bus lines connect the villages with the railway station at {town}, every {n} minutes on weekdays.',
    'The valley road was widened in {year}, and a bypass around {town} opened {n} years later.',
    'Sports clubs are popular; the football club of {town} has played in the regional league since {year}.',
    'The district council, elected every {n} years, meets in the old courthouse of {town}.',
    'A volunteer fire brigade exists in every village, and a mountain rescue team is based at {town}.',
  ],
};

/** Whole forum posts: a thread about a creaking bicycle, with the small talk of any forum. */
export const FORUM_POSTS = [
  'My {part} has started creaking on every pedal stroke, only when I climb out of the saddle. Already greased the pedals. Any ideas before I take everything apart?',
  'Classic. Nine times out of ten it is the {part}. Clean it, grease it lightly and torque it to spec with a {tool}.',
  'Could also be the {part}. Mine did exactly the same thing and it turned out to be a dry interface, nothing broken.',
  'Before you buy anything: put the bike on a stand, have someone push on the pedals and listen with a length of hose held to your ear. Sounds silly, works every time.',
  'Thanks all. Pulled the {part}, there was grit all over it. Cleaned and greased, quiet for now, will report back after the weekend ride.',
  'Report back: quiet for {big} metres of climbing, then it started again. So it was not only that.',
  'Check the quick release and the dropouts too. A dry skewer can creak exactly like a {part}.',
  'If the frame is carbon, please use carbon paste and not grease, and do not go past the torque printed on the part.',
  'I had this for {n} months once. In the end it was a cracked {part}. Not saying that is your problem, but have a look with a torch.',
  'Bought a {tool} last year and it paid for itself within a month. Best thing I ever got for home repairs.',
  'Which {maker} model is it? Some of the older ones had a known issue with the {part}, a revised version fixed it.',
  'Also worth checking the saddle rails. Mine creaked only when seated, yours only standing, so probably not, but cheap to rule out.',
  'Update: it was the {part} after all, the cups had worked loose. Torqued properly and it has been silent for {n} rides. Thanks everyone!',
  'Marking this thread, I have the same noise on my commuter and had no idea where to start.',
  'The service manual from {maker} has a good troubleshooting table for noises, it is free on their site.',
  'Pro tip: fix one thing at a time and ride between changes, otherwise you never know what cured it.',
  'Rode {km} km on {month} roads with salt everywhere, everything creaks now. Winter bikes suffer.',
  'Local shop quoted me {n} euros to look at it. Fair, honestly, if you do not have the tools.',
];

/** Signatures under forum posts. */
export const SIGNATURES = ['Commuting since {year}.', 'Steel is real.', '{km} km this year and counting.', 'Ask me about wheel building.', 'Slow but steady.', 'Two bikes, one garage, zero space.'];

/** Headlines and teasers of the news front page. */
export const NEWS_HEADLINES = [
  'Council approves new cycle lanes for {town} centre',
  'Storm warning for the coast from {month} evening',
  'Hospital opens children\'s wing after {n}-year campaign',
  'Farmers fear late frost will cut apple harvest',
  'Local club signs midfielder on three-year deal',
  'Library to open on Sundays from next month',
  'Governor visits flood defences along {river}',
  'Estate agent warns of rising rents in the old town',
  'Power cut hits {big} homes after lines come down',
  'Jazz festival sells out in {n} hours',
  'New bus line to link {town} with the airport',
  'Bakery marks {n} years with free bread for regulars',
];
