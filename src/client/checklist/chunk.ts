/**
 * Code loaded on demand. After an update, a tab opened before it may ask for a chunk the site no longer has
 * (the service worker keeps the previous version's chunks, but not older ones): the browser then throws
 * "Failed to fetch dynamically imported module". This turns that into a message people can act on.
 */
export class ChunkError extends Error {
  override name = 'ChunkError';
}

/** Runs a dynamic import; when it fails, rejects with an Indonesian message asking for a reload. */
export async function load<T>(loader: () => Promise<T>): Promise<T> {
  try {
    return await loader();
  } catch {
    throw new ChunkError(
      'Bagian aplikasi ini tidak dapat dimuat: Lajur sudah diperbarui sejak halaman ini dibuka, atau sambungan terputus. Muat ulang halaman ini; data checklist tetap tersimpan.',
    );
  }
}

/** A "Muat ulang" button for messages that need a reload. */
export function reloadButton(): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'tombol kecil';
  button.textContent = 'Muat ulang';
  button.addEventListener('click', () => location.reload());
  return button;
}
