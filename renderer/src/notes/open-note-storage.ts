/** The note that was open, remembered across restarts (a missing or trashed note is simply not shown). */
const KEY = 'dossier.openNote';

export function readOpenNote(): number | null {
  try {
    const value = Number(localStorage.getItem(KEY));
    return Number.isInteger(value) && value > 0 ? value : null;
  } catch {
    return null;
  }
}

export function writeOpenNote(id: number | null): void {
  try {
    if (id === null) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, String(id));
  } catch {
    // Private windows may refuse storage; the open note is then forgotten on reload.
  }
}
