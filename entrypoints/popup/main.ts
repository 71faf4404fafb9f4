import { startPopup } from '@/src/popup/popup';

void startPopup(document, new URL(location.href));
