/** The background keeps the toolbar badge in step with each tab's hidden count. */
import { browser } from 'wxt/browser';
import { isFromContent } from './messages';

export function startBackground(): void {
  browser.runtime.onMessage.addListener((message, sender) => {
    // Only our own content scripts, in a tab's top frame.
    if (sender.id !== browser.runtime.id || !isFromContent(message)) return undefined;
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId !== 0) return undefined;
    void browser.action.setBadgeText({ tabId, text: message.count > 0 ? String(message.count) : '' });
    void browser.action.setBadgeBackgroundColor({ tabId, color: '#7c2d12' });
    return undefined;
  });
}
