/**
 * French elides "de" before a vowel sound: "la table d’Amina", "l’échange d’Élodie", but "de Bruno".
 * Messages take an `elision` argument ('yes' or 'no') from the word that follows and choose
 * `d’` or `de ` with an ICU select; English ignores it.
 */

/** Whether French elides before this word (a name): a vowel, accented or not, or a Y sounded as a vowel (Yves, not Yann). */
export function elides(word: string): boolean {
  const letters = word.trim().normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (/^[aeiouæœ]/.test(letters)) return true;
  // Y before a consonant is a vowel sound ("d’Yves"); before a vowel it is a consonant ("de Yann").
  return /^y[^aeiouy]/.test(letters);
}

/** The `elision` argument of a message whose "de" comes before `word`. */
export function elision(word: string): 'yes' | 'no' {
  return elides(word) ? 'yes' : 'no';
}
