/** Every event type a show pack may use, and the word groups their patterns share. */
import { DEALING_EVENTS } from './dealings';
import { HARM_EVENTS } from './harm';
import { MOVE_EVENTS } from './moves';
import { SCENE_EVENTS } from './scenes';
import type { EventType } from './types';

export type { EventType, Role } from './types';
export { ROLES } from './types';
export { WORD_GROUPS } from './words';

export const EVENT_TYPES: Readonly<Record<string, EventType>> = { ...HARM_EVENTS, ...MOVE_EVENTS, ...DEALING_EVENTS, ...SCENE_EVENTS };
