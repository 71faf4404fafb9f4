/**
 * What the popup shows of the tab's page: how many passages are hidden, and "Reveal all on this
 * page" or, while it shows everything, "Hide again".
 */
import browser, { type Runtime } from 'webextension-polyfill';
import type { Translate } from '../i18n';
import { isFromContent, type ShieldStatus, type ToContent } from '../messages';
import { byId } from '../ui/dom';
import type { StatusLine } from './status';
import type { ShieldTab } from './tab';
import { hiddenCountText } from './text';

export class PageState {
  private readonly count: HTMLElement;
  private readonly revealAll: HTMLButtonElement;
  private readonly hideAgain: HTMLButtonElement;
  private readonly revealingNote: HTMLElement;

  constructor(
    doc: Document,
    private readonly tab: ShieldTab,
    private readonly status: StatusLine,
    private readonly t: Translate,
  ) {
    const $ = byId(doc);
    this.count = $('hidden-count');
    this.revealAll = $<HTMLButtonElement>('reveal-all');
    this.hideAgain = $<HTMLButtonElement>('hide-again');
    this.revealingNote = $('revealing-note');
  }

  /** The page as its shield last told; without a shield there, nothing hidden and no buttons to press. */
  show(tabStatus: ShieldStatus | undefined): void {
    this.showCount(tabStatus?.hiddenCount ?? 0);
    this.showRevealing(tabStatus?.revealingAll ?? false);
    this.revealAll.disabled = this.hideAgain.disabled = tabStatus === undefined;
  }

  /** Clears the status line and asks the tab again (after a setting is saved, or a button pressed). */
  readonly refresh = async (): Promise<void> => {
    this.status.clear();
    const s = await this.tab.status();
    if (s) {
      this.showCount(s.hiddenCount);
      this.showRevealing(s.revealingAll);
    }
  };

  /** The buttons, and the count the top frame sends while the popup is open. */
  listen(): void {
    this.revealAll.addEventListener('click', () => {
      void this.tellTab({ type: 'reveal-all' }).then(() => this.hideAgain.focus());
    });
    this.hideAgain.addEventListener('click', () => {
      void this.tellTab({ type: 'hide-again' }).then(() => this.revealAll.focus());
    });
    browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
      if (isFromContent(message) && message.type === 'hidden-count' && sender.tab?.id === this.tab.id && sender.frameId === 0) {
        this.showCount(message.count);
      }
      return undefined;
    });
  }

  /** Reveal all / Hide again: every frame of the tab, then the popup shows the new state. */
  private async tellTab(message: ToContent): Promise<void> {
    if (this.tab.id === undefined) return;
    await this.tab.tell(message);
    await this.refresh();
  }

  private showCount(n: number): void {
    this.count.dataset.count = String(n);
    this.count.textContent = hiddenCountText(n, this.t);
  }

  /** "Reveal all" while the page hides things; "Hide again" while it shows everything. */
  private showRevealing(revealing: boolean): void {
    this.revealAll.hidden = revealing;
    this.hideAgain.hidden = !revealing;
    this.revealingNote.hidden = !revealing;
  }
}
