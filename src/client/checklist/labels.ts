/** Words of the checklist screens, in one place. */
import type { RunStatus } from '../../db/database.ts';
import type { RunStepStatus } from '../../domain/checklist.ts';

export const STATUS_RUN: Record<RunStatus, string> = { berjalan: 'Berjalan', selesai: 'Selesai', dibatalkan: 'Dibatalkan' };

export const STATUS_LANGKAH: Record<RunStepStatus, string> = {
  selesai: 'Selesai',
  berikutnya: 'Berikutnya',
  menunggu: 'Menunggu',
  dilewati: 'Dilewati',
};
