// What WXT's fakeBrowser leaves unimplemented and the background uses: the context menu, the toolbar
// icon and i18n (English messages). In memory, so that tests can read back what the background did.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { enMessages } from './i18n';
import { translatorFor, type MessageKey } from '../../src/i18n';

export interface MenuItem {
  id: string;
  title?: string;
  contexts?: string[];
  visible?: boolean;
  enabled?: boolean;
}

export interface Extras {
  menu: Map<string, MenuItem>;
  /** The icon path set per tab ('global' for the default). */
  icons: Map<number | 'global', Record<string, string>>;
  /** Calls the listeners of contextMenus.onClicked, as a click on an item would. */
  click(info: Record<string, unknown>): Promise<void>;
}

export function installExtras(): Extras {
  const menu = new Map<string, MenuItem>();
  const icons = new Map<number | 'global', Record<string, string>>();
  const clickListeners: Array<(info: unknown, tab?: unknown) => unknown> = [];
  const t = translatorFor(enMessages);
  const f = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
  f.contextMenus = {
    create: (props: MenuItem) => {
      if (menu.has(props.id)) throw new Error(`Cannot create item with duplicate id ${props.id}`);
      menu.set(props.id, { visible: true, enabled: true, ...props });
      return props.id;
    },
    update: async (id: string, props: Partial<MenuItem>) => {
      const item = menu.get(id);
      if (!item) throw new Error(`Cannot find menu item with id ${id}`);
      menu.set(id, { ...item, ...props });
    },
    removeAll: async () => menu.clear(),
    onClicked: { addListener: (l: (info: unknown) => unknown) => clickListeners.push(l), removeListener: () => undefined, hasListener: () => false },
  };
  const action = f.action!;
  action.setIcon = async ({ tabId, path }: { tabId?: number; path: Record<string, string> }) => {
    icons.set(tabId ?? 'global', path);
  };
  f.i18n = {
    getMessage: (key: string, subs?: string[]) => (key in enMessages ? t(key as MessageKey, ...(subs ?? [])) : ''),
    getUILanguage: () => 'en-US',
  };
  return {
    menu,
    icons,
    click: async (info) => {
      await Promise.all(clickListeners.map((l) => l(info, { id: 12 })));
    },
  };
}
