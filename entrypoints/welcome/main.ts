import { startWelcome } from '@/src/welcome/welcome';

void startWelcome(document);
