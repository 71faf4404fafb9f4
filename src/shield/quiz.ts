/**
 * A quiz item: a question, maybe its options, and its answer, each a block of its own ("6. Which inmate is turned into
 * a mole? | a) Yori · b) Chivo | Answer: a) Yori."). Read alone, the answer names someone and the question names an
 * event; together they tell it ("Yori is turned into a mole"), and so does the whole item: a reader who meets it learns
 * what the answer says of the question. Each block of the item takes the episode the question and the answer tell
 * together, from the answer (one click shows the item). An answer that gives an option's letter alone ("Respuesta:
 * a).") gives that option's words; the other options are decoys and are not read.
 */
import { scopeEn } from '../lang/scope-en';
import { scopeEs } from '../lang/scope-es';
import { withoutMarks } from '../lang/normalize';

const LABELS = [scopeEn, scopeEs].flatMap((l) => l.answerLabels ?? []).join('|');
/** An answer's label, folded: "Answer:", "Respuesta:", "A:". */
const ANSWER = new RegExp(`^\\s*(?:${LABELS})\\s*:\\s*`);
/** An option's letter: "a)", "(b)", "c.". */
const LETTER = /^\s*\(?([a-e])[).]\s*/i;
/** Options in one block: "a) Una ballesta · b) Un lanzallamas casero · c) Una resortera". */
const OPTIONS = /(?:^|[\s·|,;])\(?([a-e])\)\s*([^·|;\n]+?)(?=\s*(?:[·|;\n]|\(?[a-e]\)\s|$))/gi;
/** How many blocks before its answer a question may be (its options between). */
const NEAR = 3;
/** How much of a block's start is read to tell whether it is an answer. */
const START = 40;

const fold = (text: string) => withoutMarks(text.slice(0, START));
const textOf = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
const isAnswer = (text: string) => ANSWER.test(fold(text));
const isQuestion = (text: string) => text.trimEnd().endsWith('?');

/** The quiz item `el` is part of (its question, its answer and the blocks between), if it is one. */
export function quizItem(el: Element): { question: Element; answer: Element; between: Element[] } | undefined {
  // Its text is read once: most blocks are neither an answer, nor a question, nor an option.
  const own = el.textContent ?? '';
  let answer: Element | null = null;
  if (isAnswer(own)) answer = el;
  else if (isQuestion(own) || LETTER.test(own.slice(0, START))) {
    answer = el.nextElementSibling;
    for (let n = 1; answer && n < NEAR && !isAnswer(answer.textContent ?? ''); n++) answer = answer.nextElementSibling;
    if (answer && !isAnswer(answer.textContent ?? '')) answer = null;
  }
  if (!answer) return undefined;
  const between: Element[] = [];
  let question = answer.previousElementSibling;
  for (let n = 1; question && !isQuestion(question.textContent ?? ''); n++) {
    if (n >= NEAR || isAnswer(question.textContent ?? '')) return undefined;
    between.push(question);
    question = question.previousElementSibling;
  }
  return question ? { question, answer, between } : undefined;
}

/** What the item tells: its question, then its answer in words (an option's letter alone gives that option's words). */
export function quizText(item: { question: Element; answer: Element; between: Element[] }): string {
  const raw = textOf(item.answer);
  // Folding keeps a composed text's length: the label's length in the folded start is its length in the text.
  const answer = raw.slice(ANSWER.exec(fold(raw))?.[0].length ?? 0);
  const letter = LETTER.exec(answer);
  let chosen = '';
  if (letter) {
    for (const block of item.between) {
      for (const m of textOf(block).matchAll(OPTIONS)) if (m[1]!.toLowerCase() === letter[1]!.toLowerCase()) chosen = m[2]!;
    }
  }
  return `${textOf(item.question)}\n${chosen ? `${chosen}. ` : ''}${letter ? answer.slice(letter[0].length) : answer}`;
}
