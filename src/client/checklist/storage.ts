/**
 * Whether the browser keeps the checklist data for good. Browsers may evict IndexedDB (Safari after seven days
 * without a visit, unless installed); persistent storage prevents that, and people are told when it was not
 * granted so they export backups.
 */
import { h } from './dom.ts';

export async function persistenceStatus(): Promise<'permanen' | 'sementara' | 'tidak-diketahui'> {
  if (!navigator.storage?.persisted) return 'tidak-diketahui';
  return (await navigator.storage.persisted()) ? 'permanen' : 'sementara';
}

/** Asks for persistent storage; call it from a user action (some browsers only grant it then). */
export async function requestPersistence(): Promise<boolean> {
  try {
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}

/** A line saying where the data stands, with a button to ask again when it is not permanent. */
export function persistenceNotice(): HTMLElement {
  const box = h('p', { class: 'penyimpanan', role: 'status' });
  const render = async () => {
    const status = await persistenceStatus();
    box.replaceChildren();
    box.dataset.status = status;
    if (status === 'permanen') {
      box.append('Penyimpanan permanen: data checklist tidak akan dihapus browser. Tetap ekspor cadangan sesekali.');
      return;
    }
    box.append(
      status === 'sementara'
        ? 'Penyimpanan belum permanen: browser boleh menghapus data ini bila ruang menipis atau lama tidak dibuka. Ekspor JSON secara berkala sebagai cadangan. '
        : 'Browser ini tidak memberi tahu apakah penyimpanannya permanen. Ekspor JSON secara berkala sebagai cadangan. ',
    );
    if (status === 'sementara') {
      const ask = h('button', { type: 'button', class: 'tombol kecil' }, 'Minta penyimpanan permanen');
      ask.addEventListener('click', async () => {
        await requestPersistence();
        await render();
      });
      box.append(ask);
    }
  };
  void render();
  return box;
}
