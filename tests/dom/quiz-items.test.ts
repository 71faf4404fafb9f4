// @vitest-environment happy-dom
// A quiz item (src/shield/quiz.ts): its question, its options and its answer are blocks of their own. Alone, the answer
// names someone and the question an event; together they tell it, and the item is hidden whole for that episode. An
// answer that gives only an option's letter gives that option's words; the decoys are not read.
import { afterEach, describe, expect, it } from 'vitest';
import type { Shield } from '@/src/shield/shield';
import { startShield } from '../helpers/dom-shield';
import { $, episode, installFakeHighlights, state } from '../helpers/dom-marks';

installFakeHighlights();

let shield: Shield | undefined;
afterEach(() => shield?.stop());

const QUIZ = `<h1>Prison Cell 211 quiz: ten questions, answers under each</h1>
  <h2 id="q1">Q1. Which inmate becomes a mole for the director's men?</h2>
  <p id="a1">Answer: Yori.</p>
  <h2 id="q2">Q2. Who plays Calancho?</h2>
  <p id="a2">Answer: Noé Hernández.</p>
  <h2 id="q3">Q3. What does Juan cut off on Calancho's orders?</h2>
  <p id="a3">Answer: Baldor's hand. Ouch.</p>`;

const TRIVIA = `<h1>Trivia: ¿cuánto sabes de Celda 211?</h1>
  <div class="q"><h2 id="t1">1. ¿Qué le hace Juan a Baldor por órdenes de Calancho?</h2><p class="op" id="o1">a) Le corta la mano · b) Lo deja ir · c) Le da dinero</p><p class="res" id="r1">Respuesta: a).</p></div>
  <div class="q"><h2 id="t2">2. ¿En qué ciudad está el penal?</h2><p class="op" id="o2">a) Tijuana · b) Ciudad Juárez · c) Hermosillo</p><p class="res" id="r2">Respuesta: b) Ciudad Juárez.</p></div>`;

describe('a quiz item', () => {
  it('is hidden whole for what its question and answer tell together', async () => {
    document.title = 'Prison Cell 211 quiz - QuizBarn';
    shield = await startShield(QUIZ, 0);
    expect([state('q1'), state('a1'), episode('a1')]).toEqual(['hidden', 'hidden', '3']);
    expect([state('q3'), state('a3'), episode('a3')]).toEqual(['hidden', 'hidden', '4']);
    // A question about the cast tells nothing.
    expect([state('q2'), state('a2')]).toEqual([null, null]);
  });

  it('stays readable once its episode is watched', async () => {
    document.title = 'Prison Cell 211 quiz - QuizBarn';
    shield = await startShield(QUIZ, 4);
    expect(['q1', 'a1', 'q3', 'a3'].map(state)).toEqual([null, null, null, null]);
  });

  it("reads an answer given as an option's letter by that option's words, with its options hidden too", async () => {
    document.title = 'Trivia de Celda 211 | Juegos y Pasatiempos';
    shield = await startShield(TRIVIA, 2);
    expect(['t1', 'o1', 'r1'].map(state)).toEqual(['hidden', 'hidden', 'hidden']);
    expect(episode('r1')).toBe('4');
    expect(['t2', 'o2', 'r2'].map(state)).toEqual([null, null, null]);
  });

  it('is shown whole by one click on any of its blocks', async () => {
    document.title = 'Prison Cell 211 quiz - QuizBarn';
    shield = await startShield(QUIZ, 0);
    shield.reveal($('q3'));
    expect([state('q3'), state('a3')]).toEqual(['revealed', 'revealed']);
    expect(state('a1')).toBe('hidden');
  });
});
