import { startOptions } from '@/src/options/options';

void startOptions(document);
