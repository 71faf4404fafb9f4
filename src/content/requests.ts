/**
 * What the popup and the background ask of this frame (see src/messages.ts ToContent): its status
 * (the top frame answers), reveal all and hide again, and "another frame names the show".
 */
import { isToContent, type ShieldStatus, type ToContent } from '../messages';
import type { Lifetime } from './lifetime';

type MessageListener = (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => undefined;

export interface RequestHandlers {
  isTopFrame: boolean;
  status(): ShieldStatus;
  revealAll(): void;
  hideAgain(): void;
  showMentioned(): void;
}

export function answerRequests(
  onMessage: { addListener(l: MessageListener): void; removeListener(l: MessageListener): void },
  lifetime: Lifetime,
  handlers: RequestHandlers,
): void {
  lifetime.listen<MessageListener>(onMessage, (message, _sender, sendResponse) => {
    if (!isToContent(message)) return undefined;
    const m: ToContent = message;
    switch (m.type) {
      case 'get-status':
        if (handlers.isTopFrame) sendResponse(handlers.status());
        return undefined;
      case 'reveal-all':
        handlers.revealAll();
        return undefined;
      case 'hide-again':
        handlers.hideAgain();
        return undefined;
      case 'show-mentioned':
        handlers.showMentioned();
        return undefined;
    }
  });
}
